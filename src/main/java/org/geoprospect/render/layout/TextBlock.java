package org.geoprospect.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines of text set in one style inside a rectangle, left-aligned, the first baseline at
 * {@code bounds.y() + style.ascent()}. Immutable; {@link #wrap} breaks a text into such lines.
 *
 * @param bounds where the lines go (their height is {@code lines × line height})
 * @param lines  the lines, already printable ({@link LayoutFonts#printable})
 * @param style  how they are set
 */
public record TextBlock(Rect bounds, List<String> lines, TextStyle style) {
    private static final String ELLIPSIS = "…";

    public TextBlock {
        Objects.requireNonNull(bounds, "bounds");
        lines = List.copyOf(lines);
        Objects.requireNonNull(style, "style");
    }

    /** Height of {@code lineCount} lines in this style. */
    public static double height(TextStyle style, int lineCount) {
        return lineCount == 0 ? 0 : style.sizePt() * 1.15 + (lineCount - 1) * style.lineHeight();
    }

    /** Baseline of line {@code i} (0 for the first). */
    public double baseline(int i) {
        return bounds.y() + style.ascent() + i * style.lineHeight();
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth} points, at spaces (a word wider than a
     * line is cut between characters); beyond {@code maxLines} lines the last kept line ends with "…".
     */
    public static List<String> wrap(String text, TextStyle style, double maxWidth, int maxLines) {
        String printable = LayoutFonts.printable(text).strip();
        List<String> lines = new ArrayList<>();
        if (printable.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : printable.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (LayoutFonts.width(style, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (LayoutFonts.width(style, rest) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && LayoutFonts.width(style, rest.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, clip(kept.get(maxLines - 1) + " " + lines.get(maxLines), style, maxWidth));
            return kept;
        }
        return lines;
    }

    /** The text cut with "…" so that it fits {@code maxWidth}. */
    public static String clip(String text, TextStyle style, double maxWidth) {
        if (LayoutFonts.width(style, text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && LayoutFonts.width(style, text.substring(0, end).stripTrailing() + ELLIPSIS) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The widest of the lines, in points. */
    public static double widest(List<String> lines, TextStyle style) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, LayoutFonts.width(style, l));
        }
        return w;
    }
}
