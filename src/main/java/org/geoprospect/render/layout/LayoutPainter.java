package org.geoprospect.render.layout;

import java.awt.image.BufferedImage;

/**
 * Draws a {@link MapLayout} on a {@link PageCanvas}: white page, title and subtitle, the map picture in
 * its frame with a thin border, the scale bar (four alternating quarters, "0" and the length above), the
 * numeric scale of a paper map, the north arrow (grid north of the project CRS), the legend in its box and
 * the credits. The same calls make the PNG and the PDF. Stateless, thread-safe (the canvas is not).
 */
public final class LayoutPainter {
    private static final int PAPER = 0xFFFFFFFF;
    private static final int FRAME = 0xFF4A4A4A;
    private static final int LEGEND_BORDER = 0xFFA0A0A0;

    private LayoutPainter() {
    }

    /**
     * Paints the page.
     *
     * @param map the map picture, of the map frame's size in pixels ({@code layout.viewport()}'s size)
     */
    public static void paint(MapLayout layout, BufferedImage map, PageCanvas canvas) {
        double s = layout.scaleBar().style().sizePt() / 7.5;
        canvas.fillRect(layout.pageBounds(), PAPER);
        text(canvas, layout.title());
        text(canvas, layout.subtitle());
        canvas.image(map, layout.map(), true);
        canvas.strokeRect(layout.map(), 0.75 * s, FRAME);
        scaleBar(canvas, layout.scaleBar(), s);
        northArrow(canvas, layout.northArrow(), layout.scaleBar().style(), s);
        if (layout.legend() != null) {
            legend(canvas, layout.legend(), s);
        }
        text(canvas, layout.credits());
    }

    private static void text(PageCanvas canvas, TextBlock block) {
        for (int i = 0; i < block.lines().size(); i++) {
            canvas.text(block.lines().get(i), block.bounds().x(), block.baseline(i), block.style());
        }
    }

    private static void legend(PageCanvas canvas, LegendFrame legend, double s) {
        canvas.fillRect(legend.bounds(), PAPER);
        canvas.strokeRect(legend.bounds(), 0.5 * s, LEGEND_BORDER);
        text(canvas, legend.heading());
        for (LegendFrame.Placed line : legend.items()) {
            if (line.swatch() != null) {
                canvas.image(line.item().swatch().image(), line.swatch(), false);
            }
            text(canvas, line.text());
        }
    }

    private static void scaleBar(PageCanvas canvas, MapLayout.ScaleBarFrame frame, double s) {
        Rect bar = frame.bar();
        double quarter = bar.width() / 4;
        for (int i = 0; i < 4; i++) {
            canvas.fillRect(new Rect(bar.x() + i * quarter, bar.y(), quarter, bar.height()),
                    i % 2 == 0 ? LayoutStyle.INK : PAPER);
        }
        canvas.strokeRect(bar, 0.5 * s, LayoutStyle.INK);
        TextStyle style = frame.style();
        double baseline = bar.y() - 2.5 * s;
        canvas.text("0", bar.x() - LayoutFonts.width(style, "0") / 2, baseline, style);
        double labelWidth = LayoutFonts.width(style, frame.label());
        canvas.text(frame.label(), bar.right() - labelWidth / 2, baseline, style);
        if (!frame.scaleText().isEmpty()) {
            canvas.text(frame.scaleText(), bar.right() + labelWidth / 2 + 10 * s, bar.bottom(), style);
        }
    }

    /** A north arrow: an "N" over an arrowhead split in a dark and a light half. */
    private static void northArrow(PageCanvas canvas, Rect box, TextStyle scaleStyle, double s) {
        TextStyle letter = new TextStyle(true, scaleStyle.sizePt() * 1.1, LayoutStyle.INK);
        double cx = box.x() + box.width() / 2;
        double letterHeight = letter.sizePt() * 0.75;
        canvas.text("N", cx - LayoutFonts.width(letter, "N") / 2, box.y() + letterHeight, letter);
        double top = box.y() + letterHeight + 2 * s;
        double bottom = box.bottom();
        double half = Math.min(box.width() / 2, (bottom - top) * 0.36);
        double notch = bottom - (bottom - top) * 0.25;
        canvas.fillPolygon(new double[] {cx, top, cx - half, bottom, cx, notch}, LayoutStyle.INK);
        double[] right = {cx, top, cx + half, bottom, cx, notch};
        canvas.fillPolygon(right, PAPER);
        canvas.strokePolygon(right, 0.6 * s, LayoutStyle.INK);
    }
}
