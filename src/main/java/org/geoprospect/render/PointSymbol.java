package org.geoprospect.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The marker drawn at a point feature. */
public enum PointSymbol {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, NONE;

    /**
     * The marker's outline centred on a screen position.
     *
     * @param size the marker's width and height in pixels
     * @throws IllegalStateException for {@link #NONE}, which draws nothing
     */
    public Shape shape(double centreX, double centreY, double size) {
        double half = size / 2;
        return switch (this) {
            case CIRCLE -> new Ellipse2D.Double(centreX - half, centreY - half, size, size);
            case SQUARE -> new Rectangle2D.Double(centreX - half, centreY - half, size, size);
            case TRIANGLE -> polygon(new double[] {centreX, centreX + half, centreX - half},
                    new double[] {centreY - half, centreY + half, centreY + half});
            case DIAMOND -> polygon(new double[] {centreX, centreX + half, centreX, centreX - half},
                    new double[] {centreY - half, centreY, centreY + half, centreY});
            case NONE -> throw new IllegalStateException("The symbol NONE has no shape.");
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        return path;
    }
}
