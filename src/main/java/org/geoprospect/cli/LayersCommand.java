package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.service.ProjectService;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layers --project DIR}: the project's vector layers with counts and WGS84 extents. */
@Command(name = "layers", mixinStandardHelpOptions = true, description = "List the vector layers of a project.")
final class LayersCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Spec
    CommandSpec spec;

    /** One layer as printed by {@code --json}; bbox4326 is [minLon, minLat, maxLon, maxLat]. */
    record LayerJson(String name, String geometryType, long features, int sourceSrid, double[] bbox4326) {
        static LayerJson of(LayerInfo info) {
            Envelope e = info.extent4326();
            double[] bbox = e.isNull() ? new double[0] : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
            return new LayerJson(info.name(), geometryTypeName(info.kind()), info.featureCount(), info.sourceSrid(), bbox);
        }
    }

    static String geometryTypeName(GeometryKind kind) {
        return switch (kind) {
            case POINT -> "Point";
            case LINE -> "LineString";
            case POLYGON -> "Polygon";
        };
    }

    @Override
    public Integer call() {
        List<LayerInfo> layers = new ProjectService().layers(projectOption.project);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, layers.stream().map(LayerJson::of).toList());
            return 0;
        }
        out.printf("%-20s %-11s %9s %6s  %s%n", "name", "geometry", "features", "srid", "extent (WGS84)");
        for (LayerInfo info : layers) {
            Envelope e = info.extent4326();
            String extent = e.isNull() ? "empty"
                    : String.format(java.util.Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
            out.printf("%-20s %-11s %,9d %6d  %s%n", info.name(), geometryTypeName(info.kind()), info.featureCount(),
                    info.sourceSrid(), extent);
        }
        return 0;
    }
}
