package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.service.MapExportService;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code render --project DIR --out FILE.png}: the same picture as the map window, headless. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw the project's map into a PNG file, as the map window shows it.")
final class RenderCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "PNG file to write.")
    Path out;
    @Option(names = "--width", paramLabel = "W", defaultValue = "1600", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;
    @Option(names = "--height", paramLabel = "H", defaultValue = "1000", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;
    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show, in WGS84 degrees (default: the project's full extent).")
    String bbox;
    @Option(names = "--no-legend", description = "Leave out the legend box (bottom right).")
    boolean noLegend;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width < 16 || height < 16 || width > 20_000 || height > 20_000) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be between 16 and 20000 pixels.");
        }
        Envelope area = bbox == null ? null : parseBbox(bbox);
        new MapExportService().renderPng(projectOption.project, out, width, height, area, !noLegend);
        PrintWriter printer = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(printer, Map.of("file", out.toAbsolutePath().toString(), "width", width, "height", height));
        } else {
            printer.println("Wrote " + out.toAbsolutePath() + " (" + width + "x" + height + ")");
        }
        return 0;
    }

    private Envelope parseBbox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new ParameterException(spec.commandLine(),
                    "--bbox needs four numbers minLon,minLat,maxLon,maxLat, e.g. --bbox -1.2,47.0,-0.3,47.6");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--bbox value '" + parts[i].trim() + "' is not a number.");
            }
        }
        if (values[0] >= values[2] || values[1] >= values[3]
                || values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90) {
            throw new ParameterException(spec.commandLine(),
                    "--bbox must be minLon,minLat,maxLon,maxLat with min < max, longitudes in [-180, 180] and latitudes in [-90, 90].");
        }
        return new Envelope(values[0], values[2], values[1], values[3]);
    }
}
