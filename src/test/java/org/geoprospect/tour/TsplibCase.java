package org.geoprospect.tour;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A TSPLIB instance shipped as a test resource and its published optimal tour length. */
record TsplibCase(String name, long optimum) {
    static final List<TsplibCase> ALL = List.of(
            new TsplibCase("eil51", 426), new TsplibCase("berlin52", 7542), new TsplibCase("kroA100", 21282),
            new TsplibCase("ch150", 6528), new TsplibCase("a280", 2579), new TsplibCase("pr1002", 259045));

    TsplibInstance load() throws Exception {
        String resource = "tsplib/" + name + ".tsp";
        try (InputStream in = TsplibCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return TsplibInstance.read(new InputStreamReader(in, StandardCharsets.US_ASCII), name + ".tsp");
        }
    }
}
