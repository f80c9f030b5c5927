package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.geoprospect.io.image.PngWriter;

/**
 * Compares rendered images with golden PNGs kept under {@code src/test/resources}, within a
 * tolerance, so that antialiasing or font differences of a pixel do not fail a test but a wrong
 * colour or a missing layer does (after GeoTools' {@code ImageAssert}).
 *
 * <p>Run with {@code -Dgolden.update=true} (or the environment variable {@code GOLDEN_UPDATE=true})
 * to write the current rendering as the new golden image instead of comparing; review it before
 * committing. On a mismatch the actual image is written next to the build output for inspection.
 */
public final class ImageAssert {
    /**
     * How different two images may be.
     *
     * @param maxMeanChannelDifference   mean absolute difference per channel (0..255) over all pixels
     * @param pixelThreshold             a pixel "differs" when one channel differs by more than this
     * @param maxDifferingPixelFraction  largest acceptable fraction (0..1) of differing pixels
     */
    public record Tolerance(double maxMeanChannelDifference, int pixelThreshold, double maxDifferingPixelFraction) {
        /** Tolerates antialiasing and text rasterisation noise, not a misplaced or recoloured feature. */
        public static final Tolerance DEFAULT = new Tolerance(1.5, 40, 0.01);
    }

    private ImageAssert() {
    }

    /**
     * Asserts that {@code actual} matches the golden PNG at the class-path resource path
     * (e.g. {@code "org/geoprospect/render/small-golden.png"}).
     */
    public static void assertMatchesGolden(RasterCanvas actual, String resourcePath, Tolerance tolerance) throws IOException {
        if (updateRequested()) {
            Path target = projectDir().resolve("src/test/resources").resolve(resourcePath);
            Files.createDirectories(target.getParent());
            PngWriter.write(actual, target);
            System.out.println("Golden image written: " + target);
            return;
        }
        BufferedImage golden;
        try (InputStream in = ImageAssert.class.getClassLoader().getResourceAsStream(resourcePath)) {
            if (in == null) {
                fail("Golden image " + resourcePath + " is missing; run the test with -Dgolden.update=true to create it.");
                return;
            }
            golden = ImageIO.read(in);
        }
        Comparison c = compare(actual, golden);
        String summary = String.format(Locale.ROOT, "%s: mean channel difference %.3f (max %.3f), %.4f%% of pixels differ by more than %d (max %.4f%%)",
                resourcePath, c.meanDifference, tolerance.maxMeanChannelDifference(), c.differingFraction * 100,
                tolerance.pixelThreshold(), tolerance.maxDifferingPixelFraction() * 100);
        boolean ok = c.sameSize && c.meanDifference <= tolerance.maxMeanChannelDifference()
                && c.differingFraction(tolerance.pixelThreshold()) <= tolerance.maxDifferingPixelFraction();
        if (!ok) {
            Path dump = Path.of(System.getProperty("java.io.tmpdir"), "golden-failures", resourcePath.replace('/', '_'));
            Files.createDirectories(dump.getParent());
            PngWriter.write(actual, dump);
            fail(c.sameSize ? summary + "; actual image written to " + dump
                    : resourcePath + ": size " + actual.width() + "x" + actual.height() + " differs from the golden "
                    + golden.getWidth() + "x" + golden.getHeight() + "; actual image written to " + dump);
        }
        assertTrue(ok, summary);
    }

    private static final class Comparison {
        boolean sameSize;
        double meanDifference;
        double differingFraction;
        int[] maxChannelDiffs;

        double differingFraction(int threshold) {
            long count = 0;
            for (int d : maxChannelDiffs) {
                if (d > threshold) {
                    count++;
                }
            }
            differingFraction = maxChannelDiffs.length == 0 ? 0 : (double) count / maxChannelDiffs.length;
            return differingFraction;
        }
    }

    private static Comparison compare(RasterCanvas actual, BufferedImage golden) {
        Comparison c = new Comparison();
        c.sameSize = actual.width() == golden.getWidth() && actual.height() == golden.getHeight();
        if (!c.sameSize) {
            c.maxChannelDiffs = new int[0];
            return c;
        }
        int w = actual.width();
        int h = actual.height();
        c.maxChannelDiffs = new int[w * h];
        long total = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = actual.argbAt(x, y);
                int b = golden.getRGB(x, y);
                int max = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    int d = Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF));
                    total += d;
                    max = Math.max(max, d);
                }
                c.maxChannelDiffs[y * w + x] = max;
            }
        }
        c.meanDifference = (double) total / (4.0 * w * h);
        return c;
    }

    private static boolean updateRequested() {
        return Boolean.getBoolean("golden.update") || "true".equalsIgnoreCase(System.getenv("GOLDEN_UPDATE"));
    }

    private static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir"));
    }
}
