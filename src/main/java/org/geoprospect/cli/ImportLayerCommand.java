package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.LayerImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import layer FILE --project DIR}: a shapefile or GeoJSON file as a map layer. */
@Command(name = "layer", mixinStandardHelpOptions = true,
        description = "Import a shapefile (.shp) or GeoJSON file as a map layer, reprojected into the project CRS.")
final class ImportLayerCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Parameters(index = "0", paramLabel = "FILE", description = "The .shp or .geojson file.")
    Path file;
    @Option(names = "--name", paramLabel = "N", description = "Layer name (default: the file's name).")
    String name;
    @Option(names = "--srid", paramLabel = "EPSG", description = "EPSG code of the file's coordinates; overrides its .prj.")
    Integer srid;
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Text encoding of the .dbf (default: detected).")
    String encoding;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LayerImportReport report = new ImportService().importLayer(projectOption.project, file, name, srid, charset(),
                new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, report);
            return 0;
        }
        out.printf("Imported layer '%s': %,d of %,d features (%,d repaired, %,d skipped), source EPSG:%d%n",
                report.layer(), report.imported(), report.features(), report.repaired(), report.skipped(), report.sourceSrid());
        double[] b = report.bbox4326();
        out.printf(Locale.ROOT, "Extent (WGS84): %.5f, %.5f, %.5f, %.5f%n", b[0], b[1], b[2], b[3]);
        for (String warning : report.warnings()) {
            out.println("  warning: " + warning);
        }
        return 0;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "--encoding '" + encoding
                    + "' is not a known character set; try UTF-8, windows-1252 or ISO-8859-1.");
        }
    }
}
