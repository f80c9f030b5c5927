package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.io.layout.LayoutFiles;
import org.geoprospect.render.layout.PageFormat;
import org.geoprospect.service.MapExportService;
import org.geoprospect.service.MapLayoutRequest;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code render --project DIR --out FILE.png|FILE.pdf}: the project's map, headless, as a layout (title,
 * date, map, legend beside or below it, scale bar, north arrow, credits) on paper ({@code --layout
 * a4-landscape}…) or in pixels ({@code --layout 1920x1080}, or {@code --width}/{@code --height}); with
 * {@code --no-legend} and no {@code --layout}, the map alone filling a PNG, as before layouts existed.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw the project's map as a layout (title, date, map, legend, scale bar, north arrow, credits) "
                + "into a PNG or PDF file.")
final class RenderCommand implements Callable<Integer> {
    private static final int DEFAULT_WIDTH = 1600;
    private static final int DEFAULT_HEIGHT = 1000;
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "File to write: .png (an image) or .pdf (a printable page).")
    Path out;
    @Option(names = "--layout", paramLabel = "PAGE",
            description = "a4-landscape, a4-portrait, a3-landscape, a3-portrait, or WIDTHxHEIGHT in pixels "
                    + "(default: --width x --height).")
    String layout;
    @Option(names = "--width", paramLabel = "W", description = "Image width in pixels without --layout (default: "
            + DEFAULT_WIDTH + ").")
    Integer width;
    @Option(names = "--height", paramLabel = "H", description = "Image height in pixels without --layout (default: "
            + DEFAULT_HEIGHT + ").")
    Integer height;
    @Option(names = "--dpi", paramLabel = "N", description = "Resolution of a paper layout, 50 to 400 dots per inch "
            + "(default: 150); the map's symbols and names print at their screen size whatever it is, finer as it grows.")
    Double dpi;
    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the layout (default: the project's name).")
    String title;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date printed under the title (default: today).")
    String date;
    @Option(names = "--credits", paramLabel = "TEXT",
            description = "Data credits at the foot of the page (default: the project's; the demo's name its sources).")
    String credits;
    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en",
            description = "Language of the legend, the date and the default credits (default: ${DEFAULT-VALUE}).")
    String lang;
    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show, in WGS84 degrees (default: the project's full extent).")
    String bbox;
    @Option(names = "--no-legend", description = "Leave out the legend; without --layout, write the map alone, "
            + "filling the PNG.")
    boolean noLegend;
    @Option(names = "--clients-by", paramLabel = "category|segment", defaultValue = "category",
            description = "Colour the clients by contact category, or by RFM segment from the orders of the last 24 months"
                    + " (to --date) (default: ${DEFAULT-VALUE}).")
    String clientsBy;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (layout != null && (width != null || height != null)) {
            throw new ParameterException(spec.commandLine(), "Give either --layout or --width/--height, not both.");
        }
        int w = width == null ? DEFAULT_WIDTH : width;
        int h = height == null ? DEFAULT_HEIGHT : height;
        if (w < 16 || h < 16 || w > 20_000 || h > 20_000) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be between 16 and 20000 pixels.");
        }
        Envelope area = bbox == null ? null : parseBbox(bbox);
        boolean bySegment = clientsBySegment();
        LayoutFiles.Format format = format();
        PrintWriter printer = spec.commandLine().getOut();
        if (layout == null && noLegend && format == LayoutFiles.Format.PNG) {
            new MapExportService().renderPng(projectOption.project, out, w, h, area, bySegment ? date() : null);
            report(printer, w + "x" + h, w, h, format);
            return 0;
        }
        PageFormat page = page(w, h);
        new MapExportService().renderLayout(projectOption.project, out,
                new MapLayoutRequest(page, area, title, date(), credits, !noLegend, locale(), bySegment));
        report(printer, page.name(), page.widthPx(), page.heightPx(), format);
        return 0;
    }

    private void report(PrintWriter printer, String pageName, int pixelWidth, int pixelHeight, LayoutFiles.Format format) {
        if (jsonOption.json) {
            JsonOutput.print(printer, Map.of("file", out.toAbsolutePath().toString(), "width", pixelWidth, "height", pixelHeight,
                    "layout", pageName, "format", format.name().toLowerCase(Locale.ROOT)));
        } else {
            printer.println("Wrote " + out.toAbsolutePath() + " (" + pageName
                    + (pageName.equals(pixelWidth + "x" + pixelHeight) ? "" : ", " + pixelWidth + "x" + pixelHeight + " px") + ")");
        }
    }

    private boolean clientsBySegment() {
        return switch (clientsBy.strip().toLowerCase(Locale.ROOT)) {
            case "category" -> false;
            case "segment" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--clients-by is 'category' or 'segment', not '"
                    + clientsBy + "'.");
        };
    }

    private LayoutFiles.Format format() {
        try {
            return LayoutFiles.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--out must end in .png (an image) or .pdf (a printable page), got "
                    + out + ".");
        }
    }

    private PageFormat page(int w, int h) {
        try {
            PageFormat page = layout == null ? PageFormat.pixels(w, h) : PageFormat.parse(layout);
            if (dpi != null) {
                page = page.withDpi(dpi);
            }
            return page;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LocalDate date() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date '" + date + "' is not a date; write it YYYY-MM-DD, e.g. 2026-10-01.");
        }
    }

    private Locale locale() {
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "fr" -> Locale.FRENCH;
            default -> throw new ParameterException(spec.commandLine(), "--lang must be en or fr, got '" + lang + "'.");
        };
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
