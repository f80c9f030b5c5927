package org.geoprospect.render.labels;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outline and logical bounds of a label's text, laid out once and kept: a map shows the same few
 * hundred names at every frame, and laying out glyphs is most of what placing a label costs. The outline
 * is at the baseline origin (0, 0). Thread-safe (a concurrent map of immutable entries; the shapes are only
 * read); the cache is emptied when it holds {@value #MAX_ENTRIES} texts.
 */
final class TextShapes {
    /** As {@code RasterCanvas.createGraphics()} draws text: antialiased, integer metrics, no transform. */
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, false);
    private static final int MAX_ENTRIES = 8192;
    private static final Map<Key, TextShape> CACHE = new ConcurrentHashMap<>();
    private static final Map<LabelStyle, Font> FONTS = new ConcurrentHashMap<>();

    private record Key(float fontSize, boolean bold, String text) {
    }

    /**
     * A laid-out text.
     *
     * @param outline the glyphs' outline with the baseline origin at (0, 0)
     * @param bounds  the logical bounds (advance × ascent + descent) relative to the origin
     */
    record TextShape(Shape outline, Rectangle2D bounds) {
    }

    private TextShapes() {
    }

    /** The shape of {@code text} in {@code style}'s font. */
    static TextShape of(String text, LabelStyle style) {
        Key key = new Key(style.fontSize(), style.bold(), text);
        TextShape shape = CACHE.get(key);
        if (shape == null) {
            Font font = FONTS.computeIfAbsent(new LabelStyle(style.fontSize(), style.bold(), 0, 0), LabelStyle::font);
            GlyphVector glyphs = font.createGlyphVector(FRC, text);
            shape = new TextShape(glyphs.getOutline(), glyphs.getLogicalBounds());
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(key, shape);
        }
        return shape;
    }
}
