package org.geoprospect.render.points;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.geoprospect.analysis.aggregation.AggregationGrid;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.analysis.aggregation.ProspectDot;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.render.Viewport;

/**
 * The legend lines of what a {@link PointScene} actually draws in one view, for printed maps: a line
 * only for a symbol that appears. The prospect dots list only the sizes (10/25/50) the view shows; the
 * individual household marker appears only past 1:25,000 ({@link ProspectDots#showsRecords}), where the
 * dots give way to the households; "Selected households" only when a selection shows (at overview scales
 * a selection under 10 households in a place shows nothing); a client category (or RFM segment, when the clients
 * are coloured by segment) only when a client of it lies in the view; the competitor square only when one does; the escape ramp (its heading and its five
 * classes, read as one scale) only when it draws a household or a cell. "In the view" follows the
 * painters: a marker counts when its stamp reaches into the image. The swatches are the painters' stamps at the
 * view's {@linkplain Viewport#deviceScale() device scale}, so a printed legend shows the symbols at the size the
 * printed map draws them. Stateless, thread-safe.
 */
public final class PointSceneLegend {
    /** Subject of the escape ramp's heading line; its classes are {@code points.escape.class0..4}. */
    public static final String ESCAPE = "points.escape";
    public static final String HOUSEHOLD = "points.household";
    public static final String SELECTED_HOUSEHOLDS = "points.selected";
    public static final String MARKED_CLIENTS = "points.markedClients";
    public static final String COMPETITOR = "points.competitor";
    /**
     * Text key of the household marker's line on paper: "One household", without the window's "(zoomed in
     * past 1:25,000)", a screen scale that a printed map's own scale would contradict.
     */
    public static final String HOUSEHOLD_KEY = "layout.legend.household";
    /** Text key of the selected households' line at record scales (no "groups of 10" there). */
    public static final String SELECTED_RECORDS_KEY = "layout.legend.selectedHouseholds";
    /** Text key of the marked clients' line (the point legend of the window has none). */
    public static final String MARKED_CLIENTS_KEY = "legend.points.markedClients";

    private PointSceneLegend() {
    }

    /**
     * One line and what it stands for.
     *
     * @param subject what is drawn, e.g. {@code points.dot25}, {@code points.category.client}
     * @param item    its swatch and text key
     */
    public record Line(String subject, PointLegend.Item item) {
        public Line {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(item, "item");
        }
    }

    /** Subject of a prospect dot size's line, e.g. {@code points.dot25}. */
    public static String dotSubject(DotSize size) {
        return "points.dot" + size.households();
    }

    /** Subject of a client category's line, e.g. {@code points.category.former_client}. */
    public static String categorySubject(ContactCategory category) {
        return "points.category." + category.code();
    }

    /** The lines of what {@code scene} draws in {@code viewport}, in the window legend's order. */
    public static List<Line> lines(PointScene scene, Viewport viewport) {
        List<Line> lines = new ArrayList<>();
        PointLayers shown = scene.shown();
        if (shown.isEmpty()) {
            return lines;
        }
        boolean records = ProspectDots.showsRecords(viewport.scaleDenominator());
        double scale = viewport.deviceScale();
        if (scene.escape() != null && escapeDraws(scene.escape(), viewport, records)) {
            List<PointLegend.Item> escape = PointLegend.escapeItems(scale);
            lines.add(new Line(ESCAPE, escape.get(0)));
            for (int i = 1; i < escape.size(); i++) {
                lines.add(new Line(ESCAPE + ".class" + (EscapeRamp.CLASSES - i), escape.get(i)));
            }
        }
        if (scene.escape() == null && shown.households() != null) {
            if (records) {
                Stamp marker = new HouseholdMarkerPainter().marker(scale);
                if (anyInView(shown.householdIndex(), shown.potential(), viewport, marker.reach())) {
                    lines.add(new Line(HOUSEHOLD, new PointLegend.Item(HOUSEHOLD_KEY, marker)));
                }
            } else {
                for (DotSize size : dotSizes(shown.householdIndex(), shown.potential(), viewport)) {
                    lines.add(new Line(dotSubject(size), new PointLegend.Item("legend.points.dot" + size.households(),
                            dotStamp(size, scale))));
                }
            }
        }
        Selection selected = scene.selectedHouseholds();
        if (selected != null && !selected.isEmpty() && shown.households() != null) {
            Stamp stamp = SelectionOverlay.householdStamp(scale);
            boolean shows = records ? anyInView(shown.householdIndex(), selected, viewport, stamp.reach())
                    : !dotSizes(shown.householdIndex(), selected, viewport).isEmpty();
            if (shows) {
                lines.add(new Line(SELECTED_HOUSEHOLDS, new PointLegend.Item(records ? SELECTED_RECORDS_KEY
                        : "legend.points.selected", stamp)));
            }
        }
        List<Client> clientsInView = clientsInView(shown.clients(), shown.clientSizing(), viewport);
        for (Map.Entry<String, Integer> line : shown.clientColouring().legendOf(clientsInView).entrySet()) {
            // the subject is the text key without "legend.": points.category.client, points.segment.at_risk…
            lines.add(new Line(line.getKey().substring("legend.".length()), new PointLegend.Item(line.getKey(),
                    ClientMarkerPainter.diamond(line.getValue(), ClientMarkerPainter.MIN_RADIUS, scale))));
        }
        if (scene.markedClients() != null && markedInView(shown.clients(), scene.markedClients(), viewport)) {
            lines.add(new Line(MARKED_CLIENTS, new PointLegend.Item(MARKED_CLIENTS_KEY,
                    SelectionOverlay.ring(ClientMarkerPainter.MIN_RADIUS, scale))));
        }
        Stamp square = CompetitorPainter.square(scale);
        if (shown.competitors().stream().anyMatch(c -> reaches(viewport, c.x(), c.y(), square.reach()))) {
            lines.add(new Line(COMPETITOR, new PointLegend.Item("legend.points.competitor", square)));
        }
        return lines;
    }

    /** The prospect dot stamp of a size at a device scale, as {@link ProspectDotPainter} paints it. */
    static Stamp dotStamp(DotSize size, double scale) {
        return ProspectDotPainter.stamp(size, PointStyles.DOT_FILL, PointStyles.DOT_RIM, scale);
    }

    /** The dot sizes the view shows for these households, smallest first (the legend's order). */
    private static List<DotSize> dotSizes(PackedPointIndex index, Selection filter, Viewport viewport) {
        Set<DotSize> present = EnumSet.noneOf(DotSize.class);
        int[] reach = new int[DotSize.values().length];
        for (DotSize size : DotSize.values()) {
            reach[size.ordinal()] = dotStamp(size, viewport.deviceScale()).reach();
        }
        for (ProspectDot dot : ProspectDots.aggregate(index, filter, viewport.envelope(),
                viewport.referenceMetresPerPixel()).dots()) {
            if (reaches(viewport, dot.x(), dot.y(), reach[dot.size().ordinal()])) {
                present.add(dot.size());
            }
        }
        List<DotSize> ordered = new ArrayList<>();
        for (DotSize size : new DotSize[] {DotSize.SMALL, DotSize.MEDIUM, DotSize.LARGE}) {
            if (present.contains(size)) {
                ordered.add(size);
            }
        }
        return ordered;
    }

    private static boolean anyInView(PackedPointIndex index, Selection filter, Viewport viewport, int reach) {
        double margin = reach * viewport.metresPerPixel();
        var view = viewport.envelope();
        boolean[] found = new boolean[1];
        index.visitEnvelope(view.getMinX() - margin, view.getMinY() - margin, view.getMaxX() + margin,
                view.getMaxY() + margin, (id, x, y) -> {
                    if (!found[0] && (filter == null || filter.contains(id)) && reaches(viewport, x, y, reach)) {
                        found[0] = true;
                    }
                });
        return found[0];
    }

    /** Whether the ramp paints something: a household with a probability at record scales, a cell of 10 or more otherwise. */
    private static boolean escapeDraws(PointScene.EscapeShown escape, Viewport viewport, boolean records) {
        float[] p = escape.usProbability();
        Selection filter = escape.filter();
        if (records) {
            int reach = EscapeRampPainter.marker(0, viewport.deviceScale()).reach();
            double margin = reach * viewport.metresPerPixel();
            var view = viewport.envelope();
            boolean[] found = new boolean[1];
            escape.index().visitEnvelope(view.getMinX() - margin, view.getMinY() - margin, view.getMaxX() + margin,
                    view.getMaxY() + margin, (id, x, y) -> {
                        if (!found[0] && !Float.isNaN(p[id]) && (filter == null || filter.contains(id))
                                && reaches(viewport, x, y, reach)) {
                            found[0] = true;
                        }
                    });
            return found[0];
        }
        AggregationGrid.Window window = AggregationGrid.Window.covering(viewport.envelope(),
                AggregationGrid.cellSize(viewport.referenceMetresPerPixel()));
        int[] counts = new int[window.size()];
        escape.index().visitEnvelope(window.minX(), window.minY(), window.maxX(), window.maxY(), (id, x, y) -> {
            if (!Float.isNaN(p[id]) && (filter == null || filter.contains(id))) {
                int i = window.indexOf(x, y);
                if (i >= 0) {
                    counts[i]++;
                }
            }
        });
        for (int count : counts) {
            if (count >= DotSize.MINIMUM_GROUP) {
                return true;
            }
        }
        return false;
    }

    private static List<Client> clientsInView(List<Client> clients, ClientSizing sizing, Viewport viewport) {
        List<Client> present = new ArrayList<>();
        double max = 0;
        for (Client c : clients) {
            max = Math.max(max, sizing.valueOf(c));
        }
        int[] reachOfRadius = new int[ClientMarkerPainter.MAX_RADIUS + 1];
        for (Client c : clients) {
            // The diamond's size follows the sizing (revenue, margin), as ClientMarkerPainter draws it.
            int radius = ClientMarkerPainter.radius(sizing.valueOf(c), max);
            if (reachOfRadius[radius] == 0) {
                reachOfRadius[radius] = ClientMarkerPainter.diamond(ContactCategory.CLIENT, radius, viewport.deviceScale())
                        .reach();
            }
            if (reaches(viewport, c.x(), c.y(), reachOfRadius[radius])) {
                present.add(c);
            }
        }
        return present;
    }

    private static boolean markedInView(List<Client> clients, Selection marked, Viewport viewport) {
        int reach = SelectionOverlay.ring(ClientMarkerPainter.MIN_RADIUS, viewport.deviceScale()).reach();
        for (int id = marked.nextId(0); id >= 0; id = marked.nextId(id + 1)) {
            if (id < clients.size() && reaches(viewport, clients.get(id).x(), clients.get(id).y(), reach)) {
                return true;
            }
        }
        return false;
    }

    /** The painters' test: the stamp anchored at the point's pixel reaches into the image. */
    static boolean reaches(Viewport viewport, double x, double y, int reach) {
        int px = (int) Math.floor(viewport.toScreenX(x));
        int py = (int) Math.floor(viewport.toScreenY(y));
        return px >= -reach && py >= -reach && px < viewport.width() + reach && py < viewport.height() + reach;
    }

}
