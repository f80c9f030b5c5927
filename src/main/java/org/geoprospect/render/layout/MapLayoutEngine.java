package org.geoprospect.render.layout;

import java.text.NumberFormat;
import java.util.List;
import org.geoprospect.render.ScaleBar;
import org.geoprospect.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Computes a map layout: the title and its subtitle at the top, the credits at the foot, and between them
 * the map frame with the legend beside it (to its right) or below it, and under the map a strip with the
 * scale bar, the numeric scale (paper) and the north arrow. The legend never covers the map.
 *
 * <p>The algorithm: both placements are tried, with the legend's words at their size and, on paper, at
 * 85 % and 72 % of it. Beside, the legend takes one column at most 30 % of the page's width, or two
 * (when one is too tall) at most 42 %; below, as many columns as fit across (up to four), at most 45 % of the height. Each leaves
 * a map frame, into which the area to show is fitted. A layout whose legend holds every line beats one
 * that does not; then the one drawing the area larger wins, smaller words counting against it (the size
 * is weighed by the square root of their factor); within 3 %, larger words, then beside on a landscape
 * page and below on a portrait one. When no layout holds every line, the last lines give way to "…". The frame is then given the proportions of the area (plus a 2 % margin) when it
 * is more than 4 % wider or taller than they need, so that it shows the area rather than empty
 * background (narrower: centred across with its legend; lower: under the title); it is aligned on whole pixels of the page's raster, and the legend placed from it, so that they
 * cannot overlap. Stateless, thread-safe.
 */
public final class MapLayoutEngine {
    /** Widest share of the page a legend beside the map takes, in one column and in two. */
    private static final double[] BESIDE_MAX_WIDTH = {0.3, 0.42};
    private static final double BELOW_MAX_HEIGHT = 0.45;
    private static final int BELOW_MAX_COLUMNS = 4;
    private static final double TIE = 0.03;
    /** Legend words are never set narrower than this many times their type size. */
    private static final double MIN_TEXT_EMS = 7;
    /** Legend type sizes tried on paper: smaller words print legibly down to 72 % (5.8 pt on A4). */
    private static final double[] PAPER_TEXT_FACTORS = {1.0, 0.85, 0.72};
    /** On an image the legend's words keep their size: smaller, a screen would not show them legibly. */
    private static final double[] SCREEN_TEXT_FACTORS = {1.0};
    /** Share of the area's size added around it, so that it does not touch the frame. */
    private static final double AREA_MARGIN = 0.02;
    /** A frame within this share of the area's proportions keeps its size. */
    private static final double FIT_SLACK = 0.04;
    /** The smallest map frame worth drawing, in points on each side. */
    private static final double MIN_MAP = 60;

    private MapLayoutEngine() {
    }

    /**
     * Lays out a page.
     *
     * @param page   the page
     * @param texts  title, subtitle, credits, legend heading
     * @param legend the legend's lines (empty: no legend)
     * @param area   what the map must show, in the project CRS (the frame shows at least this, centred); null or
     *               empty for a 1 m/pixel view around the origin
     * @throws IllegalArgumentException with one sentence when the page is too small for a map
     */
    public static MapLayout layout(PageFormat page, LayoutTexts texts, List<LegendItem> legend, Envelope area) {
        LayoutStyle style = LayoutStyle.of(page);
        Rect content = new Rect(style.margin(), style.margin(), page.widthPt() - 2 * style.margin(),
                page.heightPt() - 2 * style.margin());
        TextBlock title = title(texts.title(), style.title(), content);
        List<String> subtitleLines = TextBlock.wrap(texts.subtitle(), style.subtitle(), content.width(), 1);
        double subtitleTop = title.bounds().bottom() + (subtitleLines.isEmpty() ? 0 : style.gap() * 0.3);
        TextBlock subtitle = new TextBlock(new Rect(content.x(), subtitleTop, content.width(),
                TextBlock.height(style.subtitle(), subtitleLines.size())), subtitleLines, style.subtitle());
        List<String> creditLines = TextBlock.wrap(texts.credits(), style.credits(), content.width(), 3);
        double creditsHeight = TextBlock.height(style.credits(), creditLines.size());
        TextBlock credits = new TextBlock(new Rect(content.x(), content.bottom() - creditsHeight, content.width(), creditsHeight),
                creditLines, style.credits());
        double bodyTop = subtitle.bounds().bottom() + style.gap();
        double bodyBottom = credits.bounds().y() - (creditLines.isEmpty() ? 0 : style.gap() * 0.6);
        Rect body = new Rect(content.x(), bodyTop, content.width(), Math.max(0, bodyBottom - bodyTop));
        if (body.width() < MIN_MAP || body.height() - style.furniture() < MIN_MAP) {
            throw new IllegalArgumentException("A page of " + page.widthPx() + " x " + page.heightPx()
                    + " pixels is too small for a map with its title and legend; make it larger (e.g. 640 x 480 pixels).");
        }
        Candidate chosen = null;
        if (legend.isEmpty()) {
            chosen = new Candidate(MapLayout.Placement.NONE, style, 1, new Rect(body.x(), body.y(), body.width(),
                    body.height() - style.furniture()), null, 0, 0);
        } else {
            Candidate best = null;
            for (double factor : page.paper() ? PAPER_TEXT_FACTORS : SCREEN_TEXT_FACTORS) {
                LayoutStyle legendStyle = style.withLegendText(factor);
                for (Candidate c : new Candidate[] {beside(legendStyle, texts.legendTitle(), legend, body, factor),
                    below(legendStyle, texts.legendTitle(), legend, body, factor)}) {
                    best = best == null || better(c, best, area, page.landscape()) ? c : best;
                }
            }
            chosen = best;
        }
        return finish(page, chosen, texts, legend, area, title, subtitle, credits, style);
    }

    /** The title on one line, shrunk down to 75 % when long, then on two lines, then cut with "…". */
    private static TextBlock title(String text, TextStyle style, Rect content) {
        String printable = LayoutFonts.printable(text).strip();
        double width = LayoutFonts.width(style, printable);
        TextStyle fitted = width <= content.width() ? style
                : style.withSize(Math.max(style.sizePt() * 0.75, style.sizePt() * content.width() / width));
        List<String> lines = TextBlock.wrap(printable, fitted, content.width(), 2);
        return new TextBlock(new Rect(content.x(), content.y(), content.width(), TextBlock.height(fitted, lines.size())),
                lines, fitted);
    }

    /** A way to place the legend: the map frame it leaves, and the legend's box size and flow. */
    private record Candidate(MapLayout.Placement placement, LayoutStyle style, double factor, Rect map,
                             int[] columnsAndOmitted, double textWidth, double legendHeight) {
        int omitted() {
            return columnsAndOmitted == null ? 0 : columnsAndOmitted[1];
        }

        int columns() {
            return columnsAndOmitted[0];
        }
    }

    private static Candidate beside(LayoutStyle style, String heading, List<LegendItem> items, Rect body, double factor) {
        LegendFlow flow = new LegendFlow(style, items);
        double natural = flow.naturalTextWidth(items);
        LegendFrame frame = null;
        int columns = 1;
        double textWidth = 0;
        for (int c = 1; c <= 2; c++) {
            double maxWidth = body.width() * BESIDE_MAX_WIDTH[c - 1];
            double room = (maxWidth - 2 * style.padding() - (c - 1) * style.columnGap()) / c - flow.columnWidth(0);
            double width = Math.min(natural, room);
            if (width < Math.min(natural, minTextWidth(style))) {
                break; // narrower, the words would break into syllables: not beside
            }
            LegendFrame tried = flow.place(heading, items, 0, 0, c, width, body.height());
            if (frame == null || tried.omitted() < frame.omitted()) {
                frame = tried;
                columns = c;
                textWidth = width;
            }
            if (tried.omitted() == 0) {
                break;
            }
        }
        if (frame == null) {
            return new Candidate(MapLayout.Placement.BESIDE, style, factor, new Rect(body.x(), body.y(), 0, 0),
                    new int[] {1, items.size()}, 0, 0);
        }
        double mapWidth = Math.max(0, body.width() - frame.bounds().width() - style.gap());
        return new Candidate(MapLayout.Placement.BESIDE, style, factor, new Rect(body.x(), body.y(), mapWidth,
                body.height() - style.furniture()), new int[] {columns, frame.omitted()}, textWidth, frame.bounds().height());
    }

    private static Candidate below(LayoutStyle style, String heading, List<LegendItem> items, Rect body, double factor) {
        LegendFlow flow = new LegendFlow(style, items);
        double inner = body.width() - 2 * style.padding();
        double natural = Math.min(Math.max(flow.naturalTextWidth(items), Math.min(minTextWidth(style), inner)),
                inner - flow.columnWidth(0));
        int fitting = (int) Math.floor((inner + style.columnGap()) / (flow.columnWidth(natural) + style.columnGap()));
        int columns = Math.max(1, Math.min(Math.min(BELOW_MAX_COLUMNS, fitting), items.size()));
        // The columns share the width, so that the box spans the map's width and long lines wrap less.
        double textWidth = (inner - (columns - 1) * style.columnGap()) / columns - flow.columnWidth(0);
        LegendFrame frame = flow.place(heading, items, 0, 0, columns, textWidth, body.height() * BELOW_MAX_HEIGHT);
        double mapHeight = Math.max(0, body.height() - style.furniture() - style.gap() - frame.bounds().height());
        return new Candidate(MapLayout.Placement.BELOW, style, factor, new Rect(body.x(), body.y(), body.width(), mapHeight),
                new int[] {columns, frame.omitted()}, textWidth, frame.bounds().height());
    }

    /** The narrowest column of legend words worth setting: about twelve letters. */
    private static double minTextWidth(LayoutStyle style) {
        return style.legend().sizePt() * MIN_TEXT_EMS;
    }

    /**
     * Whether {@code a} is the better layout: a complete legend first (else fewer lines left out); then the
     * larger map, the area's drawn size weighed by the square root of the legend's type factor (smaller words
     * must buy a markedly larger map); within 3 %, the larger words, then beside on a landscape page and
     * below on a portrait one.
     */
    private static boolean better(Candidate a, Candidate b, Envelope area, boolean landscape) {
        if (a.omitted() != b.omitted()) {
            return a.omitted() < b.omitted();
        }
        double sa = drawnScale(a.map(), area) * Math.sqrt(a.factor());
        double sb = drawnScale(b.map(), area) * Math.sqrt(b.factor());
        if (Math.abs(sa - sb) > TIE * Math.max(sa, sb)) {
            return sa > sb;
        }
        if (a.factor() != b.factor()) {
            return a.factor() > b.factor();
        }
        MapLayout.Placement preferred = landscape ? MapLayout.Placement.BESIDE : MapLayout.Placement.BELOW;
        return a.placement() == preferred && b.placement() != preferred;
    }

    /** How large the area is drawn in the frame (points per metre), or the frame's area without one. */
    private static double drawnScale(Rect map, Envelope area) {
        if (map.width() < MIN_MAP || map.height() < MIN_MAP) {
            return 0;
        }
        if (area == null || area.isNull() || area.getWidth() <= 0 || area.getHeight() <= 0) {
            return map.area();
        }
        return Math.min(map.width() / area.getWidth(), map.height() / area.getHeight());
    }

    private static MapLayout finish(PageFormat page, Candidate chosen, LayoutTexts texts, List<LegendItem> items,
                                    Envelope area, TextBlock title, TextBlock subtitle, TextBlock credits, LayoutStyle style) {
        if (chosen.map().width() < MIN_MAP || chosen.map().height() < MIN_MAP) {
            throw new IllegalArgumentException("A page of " + page.widthPx() + " x " + page.heightPx()
                    + " pixels is too small for a map with its title and legend; make it larger (e.g. 640 x 480 pixels) "
                    + "or leave the legend out.");
        }
        Envelope shown = withMargin(area);
        Rect map = onPixels(fitted(chosen, shown), page.pixelsPerPoint());
        int widthPx = (int) Math.round(map.width() * page.pixelsPerPoint());
        int heightPx = (int) Math.round(map.height() * page.pixelsPerPoint());
        // At the page's device scale, so that the map's symbols and texts print at their screen size in points.
        Viewport viewport = Viewport.fitting(shown, widthPx, heightPx).withDeviceScale(page.deviceScale());
        LegendFrame legend = null;
        LayoutStyle legendStyle = chosen.style();
        if (chosen.placement() == MapLayout.Placement.BESIDE) {
            legend = new LegendFlow(legendStyle, items).place(texts.legendTitle(), items, map.right() + style.gap(), map.y(),
                    chosen.columns(), chosen.textWidth(), chosen.legendHeight() + 1e-6);
        } else if (chosen.placement() == MapLayout.Placement.BELOW) {
            legend = new LegendFlow(legendStyle, items).place(texts.legendTitle(), items, chosen.map().x(),
                    map.bottom() + style.furniture() + style.gap(), chosen.columns(), chosen.textWidth(),
                    chosen.legendHeight() + 1e-6);
        }
        MapLayout.ScaleBarFrame scaleBar = scaleBar(page, style, map, viewport, texts);
        double arrowWidth = style.furniture() * 0.5;
        Rect northArrow = new Rect(map.right() - arrowWidth, map.bottom() + style.furniture() * 0.1, arrowWidth,
                style.furniture() * 0.82);
        return new MapLayout(page, chosen.placement(), title, subtitle, map, viewport, legend, scaleBar, northArrow, credits);
    }

    /** The area with a margin of 2 % of its size on every side, so that its edge does not touch the frame. */
    private static Envelope withMargin(Envelope area) {
        if (area == null || area.isNull()) {
            return area;
        }
        Envelope e = new Envelope(area);
        e.expandBy(area.getWidth() * AREA_MARGIN, area.getHeight() * AREA_MARGIN);
        return e;
    }

    /**
     * The candidate's frame narrowed (or lowered) to the area's proportions when it is wider (or taller) than
     * they need, rather than filled with map beyond the area: a narrower frame is centred across the page with
     * its legend; a lower one keeps its top, under the title, as on a printed document.
     */
    private static Rect fitted(Candidate chosen, Envelope area) {
        Rect frame = chosen.map();
        if (area == null || area.isNull() || area.getWidth() <= 0 || area.getHeight() <= 0) {
            return frame;
        }
        double aspect = area.getWidth() / area.getHeight();
        double frameAspect = frame.width() / frame.height();
        if (frameAspect > aspect * (1 + FIT_SLACK)) {
            double width = frame.height() * aspect;
            return new Rect(frame.x() + (frame.width() - width) / 2, frame.y(), width, frame.height());
        }
        if (frameAspect < aspect / (1 + FIT_SLACK)) {
            double height = frame.width() / aspect;
            return new Rect(frame.x(), frame.y(), frame.width(), height);
        }
        return frame;
    }

    /** The rectangle with its edges moved to the nearest whole pixels. */
    private static Rect onPixels(Rect r, double pixelsPerPoint) {
        double x0 = Math.round(r.x() * pixelsPerPoint);
        double y0 = Math.round(r.y() * pixelsPerPoint);
        double x1 = Math.round(r.right() * pixelsPerPoint);
        double y1 = Math.round(r.bottom() * pixelsPerPoint);
        return new Rect(x0 / pixelsPerPoint, y0 / pixelsPerPoint, (x1 - x0) / pixelsPerPoint, (y1 - y0) / pixelsPerPoint);
    }

    private static MapLayout.ScaleBarFrame scaleBar(PageFormat page, LayoutStyle style, Rect map, Viewport viewport,
                                                    LayoutTexts texts) {
        double metresPerPoint = viewport.metresPerPixel() * page.pixelsPerPoint();
        double maxLength = Math.min(0.35 * map.width(), 150 * style.scale().sizePt() / 7.5);
        double metres = ScaleBar.chooseLength(metresPerPoint, maxLength);
        double length = metres / metresPerPoint;
        double barHeight = style.furniture() * 0.16;
        Rect bar = new Rect(map.x(), map.bottom() + style.furniture() * 0.52, length, barHeight);
        String scaleText = page.paper() ? texts.scaleWord() + " 1:" + roundedScale(viewport, page, texts) : "";
        return new MapLayout.ScaleBarFrame(bar, metres, ScaleBar.label(metres), LayoutFonts.printable(scaleText), style.scale());
    }

    /** The paper map's scale denominator to three significant digits, with the locale's thousands separator. */
    private static String roundedScale(Viewport viewport, PageFormat page, LayoutTexts texts) {
        double denominator = viewport.metresPerPixel() * page.dpi() / 0.0254;
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(denominator)) - 2));
        long rounded = Math.round(denominator / magnitude) * (long) magnitude;
        NumberFormat format = NumberFormat.getIntegerInstance(texts.locale());
        format.setGroupingUsed(true);
        return format.format(rounded);
    }
}
