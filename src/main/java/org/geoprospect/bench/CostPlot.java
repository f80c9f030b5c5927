package org.geoprospect.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the cost of each metric against the workload size as a PNG line chart (seconds per run on
 * a linear size axis, so that linear growth shows as a straight line; the time axis turns logarithmic when
 * the values span more than two decades), ours solid and the peers' dashed. Rows in
 * milliseconds are drawn as they are; rows in features per second as the time per run
 * (size / rate); other units (MB/s, %) are left out. Needs no display (Java2D, headless).
 */
public final class CostPlot {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 330;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79), new Color(0xad494a)};

    private CostPlot() {
    }

    /**
     * Writes the chart of the report's rows; series with a single size are drawn as points.
     *
     * @return false when no row can be plotted (nothing is written)
     */
    public static boolean write(BenchReport report, String title, Path png) throws IOException {
        Map<String, List<double[]>> series = series(report.results());
        if (series.isEmpty()) {
            return false;
        }
        double maxX = 0;
        double maxY = 0;
        double minY = Double.MAX_VALUE;
        for (List<double[]> points : series.values()) {
            for (double[] p : points) {
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
                if (p[1] > 0) {
                    minY = Math.min(minY, p[1]);
                }
            }
        }
        YScale scale = YScale.of(minY, maxY);
        maxX = niceCeiling(maxX);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawAxes(g, title, maxX, scale);
            int index = 0;
            for (Map.Entry<String, List<double[]>> entry : series.entrySet()) {
                Color color = COLORS[index % COLORS.length];
                drawSeries(g, entry.getValue(), maxX, scale, color, entry.getKey().contains(" ("));
                g.setColor(color);
                int y = TOP + 20 + index * 22;
                g.fillRect(WIDTH - RIGHT + 20, y - 8, 14, 4);
                g.setColor(Color.DARK_GRAY);
                String label = entry.getKey();
                g.drawString(label.length() > 44 ? label.substring(0, 43) + "…" : label, WIDTH - RIGHT + 40, y);
                index++;
            }
        } finally {
            g.dispose();
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
        return true;
    }

    /**
     * Redraws a plot from a report file: {@code CostPlot FILE.json FILE.png [TITLE]} (run with the jar on the
     * class path), e.g. after merging or editing results.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CostPlot FILE.json FILE.png [TITLE]");
            System.exit(2);
        }
        String title = args.length > 2 ? args[2] : "GeoProspect bench: time per run against size";
        if (!write(BenchReport.readJson(Path.of(args[0])), title, Path.of(args[1]))) {
            System.err.println("Nothing to plot in " + args[0] + " (no row in ms or features/s).");
        }
    }

    /** Series name → points (size, seconds) in size order. */
    static Map<String, List<double[]>> series(List<BenchResult> results) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (BenchResult r : results) {
            Double ours = seconds(r.unit(), r.size(), r.median());
            if (ours == null) {
                continue;
            }
            series.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(new double[] {r.size(), ours});
            if (r.peerMedian() != null) {
                Double theirs = seconds(r.unit(), r.size(), r.peerMedian());
                series.computeIfAbsent(r.name() + " (" + r.peer() + ")", k -> new ArrayList<>())
                        .add(new double[] {r.size(), theirs});
            }
        }
        series.values().forEach(points -> points.sort((a, b) -> Double.compare(a[0], b[0])));
        return series;
    }

    private static Double seconds(String unit, long size, double value) {
        if (unit.startsWith("ms")) {
            return value / 1000;
        }
        if (unit.startsWith("features/s") && value > 0) {
            return size / value;
        }
        return null;
    }

    /**
     * The vertical axis: linear from 0 when the values span less than two decades, else logarithmic over
     * whole decades (so that a millisecond metric and a twenty-second peer both stay readable).
     */
    private record YScale(boolean log, double low, double high) {
        static YScale of(double minY, double maxY) {
            if (minY <= 0 || minY == Double.MAX_VALUE || maxY / minY < 100) {
                return new YScale(false, 0, niceCeiling(maxY));
            }
            return new YScale(true, Math.pow(10, Math.floor(Math.log10(minY))), Math.pow(10, Math.ceil(Math.log10(maxY))));
        }

        double fraction(double value) {
            if (!log) {
                return value / high;
            }
            return (Math.log10(Math.max(value, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        }

        /** Tick values: five equal steps, or one per decade. */
        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            if (!log) {
                for (int i = 0; i <= 5; i++) {
                    ticks.add(high * i / 5);
                }
            } else {
                for (double v = low; v <= high * 1.0001; v *= 10) {
                    ticks.add(v);
                }
            }
            return ticks;
        }

        String label(double value) {
            return log ? String.format(Locale.ROOT, "%s s", new java.math.BigDecimal(value).round(new java.math.MathContext(1))
                    .stripTrailingZeros().toPlainString()) : String.format(Locale.ROOT, "%.1f s", value);
        }
    }

    private static void drawAxes(Graphics2D g, String title, double maxX, YScale scale) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i <= 5; i++) {
            int x = LEFT + plotW * i / 5;
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP, x, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,.0f", maxX * i / 5), x - 20, TOP + plotH + 18);
        }
        for (double tick : scale.ticks()) {
            int y = TOP + plotH - (int) Math.round(scale.fraction(tick) * plotH);
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(scale.label(tick), 10, y + 4);
        }
        if (scale.log()) {
            g.drawString("(log scale)", 10, TOP - 8);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        g.drawString("workload size (households / point features)", LEFT + plotW / 2 - 120, HEIGHT - 18);
    }

    private static void drawSeries(Graphics2D g, List<double[]> points, double maxX, YScale scale, Color color,
                                   boolean dashed) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f)
                : new BasicStroke(2.5f));
        int[] xs = new int[points.size()];
        int[] ys = new int[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = LEFT + (int) Math.round(points.get(i)[0] / maxX * plotW);
            ys[i] = TOP + plotH - (int) Math.round(scale.fraction(points.get(i)[1]) * plotH);
            g.fillOval(xs[i] - 4, ys[i] - 4, 8, 8);
        }
        g.drawPolyline(xs, ys, points.size());
        g.setStroke(new BasicStroke(1f));
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at or above the value (axis ends). */
    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
