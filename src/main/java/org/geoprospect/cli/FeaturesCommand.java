package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.service.FeatureView;
import org.geoprospect.service.ProjectService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code features --project DIR --layer NAME}: a layer's features with attributes and WGS84 positions. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Print a layer's features: attributes and WGS84 position (centroid for lines and polygons).")
final class FeaturesCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--layer", paramLabel = "NAME", required = true, description = "Layer name (see 'layers').")
    String layer;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N features (default: ${DEFAULT-VALUE}).")
    int limit;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more.");
        }
        List<FeatureView> features = new ProjectService().features(projectOption.project, layer, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, features);
            return 0;
        }
        for (FeatureView feature : features) {
            out.printf(Locale.ROOT, "#%d  %.6f, %.6f", feature.id(), feature.lat(), feature.lon());
            for (Map.Entry<String, Object> attribute : feature.attributes().entrySet()) {
                out.print("  " + attribute.getKey() + "=" + attribute.getValue());
            }
            out.println();
        }
        return 0;
    }
}
