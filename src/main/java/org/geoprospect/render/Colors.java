package org.geoprospect.render;

/** Helpers for colours held as {@code int} ARGB (alpha in the top byte). Stateless, thread-safe. */
public final class Colors {
    private Colors() {
    }

    /** Builds an opaque colour from a hex string such as {@code "#3a5f8b"}. */
    public static int rgb(String hex) {
        return 0xFF000000 | Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
    }

    /** The same colour with another alpha (0..1). */
    public static int withAlpha(int argb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return (a << 24) | (argb & 0x00FFFFFF);
    }

    public static int alpha(int argb) {
        return argb >>> 24;
    }

    public static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    public static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    public static int blue(int argb) {
        return argb & 0xFF;
    }

    /** Converts straight ARGB to pre-multiplied ARGB. */
    public static int premultiply(int argb) {
        int a = alpha(argb);
        if (a == 255) {
            return argb;
        }
        return (a << 24) | ((red(argb) * a + 127) / 255 << 16) | ((green(argb) * a + 127) / 255 << 8)
                | (blue(argb) * a + 127) / 255;
    }

    /** Converts pre-multiplied ARGB to straight ARGB. */
    public static int unpremultiply(int pre) {
        int a = alpha(pre);
        if (a == 255 || a == 0) {
            return a == 0 ? 0 : pre;
        }
        int r = Math.min(255, (red(pre) * 255 + a / 2) / a);
        int g = Math.min(255, (green(pre) * 255 + a / 2) / a);
        int b = Math.min(255, (blue(pre) * 255 + a / 2) / a);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    /** A Java2D colour with alpha. */
    public static java.awt.Color awt(int argb) {
        return new java.awt.Color(argb, true);
    }
}
