package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import org.geoprospect.demo.SampleGenerator;
import org.geoprospect.model.ProgressMonitor;

/** Writes the demo territory and customer files (the {@code generate-sample} use case). */
public final class SampleService {
    /**
     * Generates {@code out/maps/*.shp} and {@code out/sample-data/*.csv}, deterministic for a seed.
     *
     * @param households number of households (the committed demo has 20,000; benchmarks use millions)
     * @throws IOException when a file cannot be written
     */
    public SampleSummary generate(Path out, int households, long seed, ProgressMonitor monitor) throws IOException {
        SampleGenerator.Result result = SampleGenerator.generate(out, households, seed, monitor);
        return new SampleSummary(out.toAbsolutePath().toString(), result.householdCount(), result.clientCount(),
                result.competitorCount(), seed);
    }
}
