package org.geoprospect.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.SelectionOutlineOverlay;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.render.points.PointScene;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The printed legend lists what the map draws and nothing else, on hand-built scenes whose drawing is
 * known by construction: households stacked on one spot give the dots of the product's rule (10, 25, 50:
 * 60 households are a 50 and a 10, 9 are nothing), households show as markers only past 1:25,000, and
 * clients, competitors and layer classes count only when they lie in the view.
 */
class SceneLegendTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double X = 50_000;
    private static final double Y = 50_000;
    /** 100 m per pixel: 1:378,000 on a 96-dpi screen, an overview scale. */
    private static final Viewport OVERVIEW = Viewport.of(X, Y, 100, 400, 300);
    /** 2 m per pixel: 1:7,560, past 1:25,000, where households are drawn one by one. */
    private static final Viewport RECORDS = Viewport.of(X, Y, 2, 400, 300);

    private static PointLayers households(int count, List<Client> clients, List<Competitor> competitors) {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        for (int i = 0; i < count; i++) {
            builder.add(new Household("H" + i, 0, 0, X, Y, "49007", List.of(), 2, null, null, Map.of(), null, null));
        }
        HouseholdColumns columns = builder.build();
        return new PointLayers(columns, PackedPointIndex.of(columns), null, clients, competitors, ClientSizing.NONE);
    }

    private static List<String> subjects(PointScene points, Viewport view) {
        return subjects(new MapScene(List.of(), points), view);
    }

    private static List<String> subjects(MapScene scene, Viewport view) {
        return SceneLegend.items(scene, view, key -> key).stream().map(LegendItem::subject).toList();
    }

    private static Client client(String code, ContactCategory category, double x, double y) {
        return new Client(code, code, category, "retail", 0, 0, x, y, 0, 0, 0, null, null, 0, false, false);
    }

    @Test
    void tenHouseholdsInOnePlaceShowOnlyTheTenDot() {
        assertEquals(List.of("points.dot10"), subjects(PointScene.allShown(households(10, List.of(), List.of())), OVERVIEW));
    }

    @Test
    void sixtyHouseholdsShowTheFiftyAndTheTenDotButNotTheTwentyFive() {
        assertEquals(List.of("points.dot10", "points.dot50"),
                subjects(PointScene.allShown(households(60, List.of(), List.of())), OVERVIEW));
    }

    @Test
    void nineHouseholdsAreNoDotSoTheyHaveNoLine() {
        assertEquals(List.of(), subjects(PointScene.allShown(households(9, List.of(), List.of())), OVERVIEW));
    }

    @Test
    void pastOneTo25000TheHouseholdMarkerReplacesTheDots() {
        List<LegendItem> items = SceneLegend.items(new MapScene(List.of(),
                PointScene.allShown(households(1, List.of(), List.of()))), RECORDS, key -> key);
        assertEquals(List.of("points.household"), items.stream().map(LegendItem::subject).toList());
        // On paper the line does not name the screen scale, which the printed scale would contradict.
        assertEquals("layout.legend.household", items.get(0).text());
    }

    @Test
    void householdsOutsideTheViewHaveNoLine() {
        Viewport elsewhere = Viewport.of(X + 10_000, Y, 2, 400, 300);
        assertEquals(List.of(), subjects(PointScene.allShown(households(60, List.of(), List.of())), elsewhere));
    }

    @Test
    void theSelectionHasALineOnlyWhenItShows() {
        PointLayers layers = households(60, List.of(), List.of());
        int[] ten = new int[10];
        Arrays.setAll(ten, i -> i);
        Selection tenSelected = Selection.of(60, ten);
        Selection fiveSelected = Selection.of(60, 0, 1, 2, 3, 4);
        assertTrue(!subjects(new PointScene(layers, null, null, null), OVERVIEW).contains("points.selected"));
        assertTrue(subjects(new PointScene(layers, null, tenSelected, null), OVERVIEW).contains("points.selected"));
        // Five selected households at overview scales are a group under 10: nothing is drawn, nothing listed.
        assertTrue(!subjects(new PointScene(layers, null, fiveSelected, null), OVERVIEW).contains("points.selected"));
        assertTrue(subjects(new PointScene(layers, null, fiveSelected, null), RECORDS).contains("points.selected"));
        assertTrue(!subjects(new PointScene(layers, null, Selection.none(60), null), RECORDS).contains("points.selected"));
    }

    @Test
    void clientCategoriesAndCompetitorsAreListedOnlyWhenInTheView() {
        List<Client> clients = List.of(client("C1", ContactCategory.CLIENT, X + 100, Y),
                client("C2", ContactCategory.FORMER_CLIENT, X + 90_000, Y));
        List<Competitor> inside = List.of(new Competitor("K1", "Rival", "Brand", 0, 0, X - 200, Y + 50, 1));
        List<Competitor> outside = List.of(new Competitor("K2", "Far", "Brand", 0, 0, X, Y + 80_000, 1));
        PointLayers layers = new PointLayers(null, null, null, clients, inside, ClientSizing.NONE);
        assertEquals(List.of("points.category.client", "points.competitor"), subjects(PointScene.allShown(layers), RECORDS));
        PointLayers far = new PointLayers(null, null, null, clients, outside, ClientSizing.NONE);
        assertEquals(List.of("points.category.client"), subjects(PointScene.allShown(far), RECORDS));
    }

    @Test
    void clientsColouredBySegmentListTheSegmentsInTheViewInLegendOrder() {
        // C1 at risk and C2 champion in the view, C3 (a prospect, no order) in it too, C4 lost but far away
        List<Client> clients = List.of(client("C1", ContactCategory.CLIENT, X + 100, Y),
                client("C2", ContactCategory.CLIENT, X - 100, Y), client("C3", ContactCategory.PROSPECT, X, Y + 100),
                client("C4", ContactCategory.CLIENT, X + 90_000, Y));
        var colouring = org.geoprospect.render.points.ClientColouring.bySegment(Map.of("C1",
                org.geoprospect.analysis.rfm.RfmSegment.AT_RISK, "C2", org.geoprospect.analysis.rfm.RfmSegment.CHAMPIONS,
                "C4", org.geoprospect.analysis.rfm.RfmSegment.LOST));
        PointLayers layers = new PointLayers(null, null, null, clients, List.of(), ClientSizing.NONE, colouring);
        assertEquals(List.of("points.segment.champions", "points.segment.at_risk", "points.segment.none"),
                subjects(PointScene.allShown(layers), RECORDS), "best first, the unclassed last, the far one not at all");
    }

    @Test
    void markedClientsHaveALineWhenOneOfThemIsInTheView() {
        List<Client> clients = List.of(client("C1", ContactCategory.CLIENT, X, Y), client("C2", ContactCategory.CLIENT, X + 90_000, Y));
        PointLayers layers = new PointLayers(null, null, null, clients, List.of(), ClientSizing.NONE);
        assertTrue(subjects(new PointScene(layers, null, null, Selection.of(2, 0)), RECORDS).contains("points.markedClients"));
        assertTrue(!subjects(new PointScene(layers, null, null, Selection.of(2, 1)), RECORDS).contains("points.markedClients"));
    }

    @Test
    void theEscapeRampReplacesTheDotsAndListsItsHeadingAndFiveClasses() {
        PointLayers layers = households(60, List.of(), List.of());
        float[] half = new float[60];
        Arrays.fill(half, 0.5f);
        PointScene escape = new PointScene(layers, new PointScene.EscapeShown(layers.householdIndex(), null, half), null, null);
        assertEquals(List.of("points.escape", "points.escape.class4", "points.escape.class3", "points.escape.class2",
                "points.escape.class1", "points.escape.class0"), subjects(escape, OVERVIEW));
        float[] none = new float[60];
        Arrays.fill(none, Float.NaN);
        PointScene nothing = new PointScene(layers, new PointScene.EscapeShown(layers.householdIndex(), null, none), null, null);
        assertEquals(List.of(), subjects(nothing, OVERVIEW));
    }

    @Test
    void aLayerListsOnlyTheClassesDrawnInTheViewAndOtherValuesWhenAny() {
        VectorLayer roads = layer("roads", GeometryKind.LINE,
                road(1, "main", X - 1000, Y - 100, X + 1000, Y - 100),
                road(2, "motorway", X - 1000, Y + 90_000, X + 1000, Y + 90_000),
                road(3, "track", X - 1000, Y + 100, X + 1000, Y + 100));
        VectorLayer farAway = layer("railways", GeometryKind.LINE, road(1, "any", X + 90_000, Y, X + 91_000, Y));
        VectorLayer transparent = layer("territory", GeometryKind.LINE, road(1, "any", X - 100, Y, X + 100, Y));
        List<LayerDrawing> drawings = List.of(
                new LayerDrawing(transparent, DefaultStyles.territory(), 0),
                new LayerDrawing(farAway, DefaultStyles.railways(), 1),
                new LayerDrawing(roads, DefaultStyles.roads(), 1));
        assertEquals(List.of("layer:roads:main", "layer:roads:*"), subjects(new MapScene(drawings, PointScene.EMPTY), RECORDS));
    }

    @Test
    void theSelectionOutlineHasItsLineOnlyWithShapes() {
        SelectionOutlineOverlay outline = new SelectionOutlineOverlay(List.of(new SelectionOutlineOverlay.Part(
                GF.toGeometry(new Envelope(X - 100, X + 100, Y - 100, Y + 100)), false)));
        List<LegendItem> items = SceneLegend.items(new MapScene(List.of(), PointScene.EMPTY, List.of(outline), null), RECORDS,
                key -> key);
        assertEquals(List.of("overlay.0.0"), items.stream().map(LegendItem::subject).toList());
        assertEquals(SelectionOutlineOverlay.LEGEND_KEY, items.get(0).text());
        assertEquals(List.of(), subjects(new MapScene(List.of(), PointScene.EMPTY,
                List.of(new SelectionOutlineOverlay(List.of())), null), RECORDS));
    }

    @Test
    void thePotentialNoteComesWithTheDotsOnly() {
        String note = "The dots count only the households of the target";
        PointScene sixty = PointScene.allShown(households(60, List.of(), List.of()));
        List<LegendItem> items = SceneLegend.items(new MapScene(List.of(), sixty, List.of(), note), OVERVIEW, key -> key);
        assertEquals(List.of("note.potential", "points.dot10", "points.dot50"), items.stream().map(LegendItem::subject).toList());
        assertTrue(items.get(0).isNote());
        PointScene nine = PointScene.allShown(households(9, List.of(), List.of()));
        assertEquals(List.of(), subjects(new MapScene(List.of(), nine, List.of(), note), OVERVIEW));
    }

    private static VectorLayer layer(String name, GeometryKind kind, VectorFeature... features) {
        Envelope extent = new Envelope();
        List<VectorFeature> list = new ArrayList<>(Arrays.asList(features));
        list.forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        return new VectorLayer(new LayerInfo(name, kind, list.size(), 2154, extent, new Envelope()), list);
    }

    private static VectorFeature road(long id, String roadClass, double x0, double y0, double x1, double y1) {
        return new VectorFeature(id, GF.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)}),
                Map.of("class", roadClass));
    }
}
