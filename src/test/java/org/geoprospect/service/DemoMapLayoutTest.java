package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.geoprospect.analysis.aggregation.ProspectDot;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.layout.LayoutFiles;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.ImageAssert;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.layout.ComposedMap;
import org.geoprospect.render.layout.LayoutTexts;
import org.geoprospect.render.layout.LegendItem;
import org.geoprospect.render.layout.MapComposer;
import org.geoprospect.render.layout.MapLayout;
import org.geoprospect.render.layout.MapScene;
import org.geoprospect.render.layout.PageFormat;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.render.points.PointScene;
import org.geoprospect.render.points.PointStyles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

/**
 * Printed maps of the demo project (issue 14): on A4 landscape and portrait and on the image sizes the issue
 * names, the legend stays off the map, lists exactly what the map draws (worked out here from the render
 * inputs, and seen in the map's pixels for the symbols with a colour of their own), leaves Vernantes and
 * Fontevraud-l'Abbaye in sight, and the PDF is one page of the paper's size with its title and credits in
 * an embedded font. A golden image of an A4 landscape page at 72 dpi guards the picture.
 */
class DemoMapLayoutTest {
    private static final String TITLE = "Prospection VTT — Saumur, Fontevraud-l’Abbaye : cœur de cible";
    private static final int MOTORWAY = 0xe8552d;
    private static final int MAIN_ROAD = 0xf7c948;
    @TempDir
    static Path dir;
    private static MapContent content;
    private static MapScene scene;
    private static ResourceBundle english;
    private static String credits;

    @BeforeAll
    static void createDemo() throws Exception {
        Path project = dir.resolve("demo");
        ProjectService projects = new ProjectService();
        projects.create(project, true, ProgressMonitor.NONE);
        content = projects.mapContent(project, ProgressMonitor.NONE);
        scene = new MapScene(LayerStyleService.drawings(content.layers(), Map.of()), PointScene.allShown(content.points()));
        english = MapExportService.legendTexts(Locale.ENGLISH);
        credits = new MapCreditsService().credits(project, english::getString);
    }

    private static ComposedMap compose(PageFormat page, Envelope area) {
        LayoutTexts texts = new LayoutTexts(TITLE, "1 October 2026", credits, english.getString("legend.title"),
                english.getString("layout.scale"), Locale.ENGLISH);
        return MapComposer.compose(page, texts, scene, area, true, english::getString, ProgressMonitor.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4-landscape", "a4-portrait", "937x907", "1920x1080"})
    void theLegendIsOffTheMapAndListsExactlyWhatItDraws(String pageName) {
        ComposedMap map = compose(PageFormat.parse(pageName), content.fullExtent());
        MapLayout layout = map.layout();
        assertTrue(layout.legendOverMap() < 0.05, "the legend covers " + layout.legendOverMap() * 100 + " % of the map");
        assertEquals(0, layout.legend().bounds().intersectionArea(layout.map()), 1e-9);
        assertEquals(0, layout.legend().omitted());
        List<String> listed = map.legend().stream().map(LegendItem::subject).toList();
        assertEquals(drawn(scene, layout.viewport()), new LinkedHashSet<>(listed));
        // Nothing selected, no tour, no record scale: none of their lines.
        assertFalse(listed.contains("points.selected") || listed.contains("points.household")
                || listed.stream().anyMatch(s -> s.startsWith("overlay.")), listed.toString());
        // The symbols with a colour of their own are in the map's pixels exactly when the legend lists them.
        RasterCanvas picture = map.map();
        assertEquals(listed.contains("points.competitor"), pixels(picture, PointStyles.COMPETITOR_FILL & 0xFFFFFF) > 20);
        assertEquals(listed.contains("layer:roads:motorway"), pixels(picture, MOTORWAY) > 20);
        assertEquals(listed.contains("layer:roads:main"), pixels(picture, MAIN_ROAD) > 20);
        assertEquals(listed.contains("points.category.client"),
                pixels(picture, PointStyles.categoryColor(org.geoprospect.model.ContactCategory.CLIENT) & 0xFFFFFF) > 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"937x907", "1920x1080"})
    void vernantesAndFontevraudAreNotUnderTheLegend(String pageName) {
        MapLayout layout = compose(PageFormat.parse(pageName), content.fullExtent()).layout();
        VectorLayer communes = content.layers().stream().filter(l -> l.info().name().equals("communes")).findFirst().orElseThrow();
        int found = 0;
        for (VectorFeature commune : communes.features()) {
            String name = commune.text("name");
            if ("Vernantes".equals(name) || "Fontevraud-l'Abbaye".equals(name)) {
                found++;
                double k = layout.page().pixelsPerPoint();
                double x = layout.map().x() + layout.viewport().toScreenX(commune.geometry().getCoordinate().x) / k;
                double y = layout.map().y() + layout.viewport().toScreenY(commune.geometry().getCoordinate().y) / k;
                assertTrue(x > layout.map().x() && x < layout.map().right() && y > layout.map().y() && y < layout.map().bottom(),
                        name + " should be on the map");
                var legend = layout.legend().bounds();
                assertFalse(x >= legend.x() && x <= legend.right() && y >= legend.y() && y <= legend.bottom(), name + " is under the legend");
            }
        }
        assertEquals(2, found);
    }

    @Test
    void zoomedInPast25000TheLegendShowsHouseholdsNotDots() {
        Envelope angers = new GeometryReprojector(CoordinateTransform.between(Srids.WGS84, content.projectSrid()))
                .reproject(new Envelope(-0.57, -0.53, 47.46, 47.48));
        ComposedMap map = compose(PageFormat.a4(true), angers);
        assertTrue(ProspectDots.showsRecords(map.layout().viewport().scaleDenominator()));
        List<String> listed = map.legend().stream().map(LegendItem::subject).toList();
        assertTrue(listed.contains("points.household"));
        assertFalse(listed.stream().anyMatch(s -> s.startsWith("points.dot")), listed.toString());
        assertEquals(drawn(scene, map.layout().viewport()), new LinkedHashSet<>(listed));
    }

    @Test
    void thePdfIsOnePageOfA4LandscapeWithItsTitleAndCreditsInAnEmbeddedFont() throws Exception {
        Path pdf = dir.resolve("map.pdf");
        LayoutFiles.write(compose(PageFormat.a4(true), content.fullExtent()), pdf, TITLE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(297 * 72 / 25.4, page.getMediaBox().getWidth(), 0.01);
            assertEquals(210 * 72 / 25.4, page.getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(TITLE), text);
            assertTrue(text.contains("GeoNames (geonames.org), CC BY 4.0") && text.contains("Licence Ouverte"), text);
            assertTrue(text.contains("October 1, 2026") || text.contains("1 October 2026"), text);
            assertTrue(text.contains("Competitor") && text.contains("roads: motorway"), "the legend's words are text: " + text);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font instanceof PDType0Font && font.isEmbedded(), font.getName() + " should be embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
            assertEquals("GeoProspect", document.getDocumentInformation().getCreator());
        }
    }

    @Test
    void anA4LandscapePageAt72DpiMatchesTheGoldenImage() throws Exception {
        RasterCanvas page = compose(PageFormat.a4(true).withDpi(72), content.fullExtent()).rasterize();
        assertEquals(842, page.width());
        assertEquals(595, page.height());
        ImageAssert.assertMatchesGolden(page, "org/geoprospect/render/layout/demo-a4-landscape-72dpi.png",
                ImageAssert.Tolerance.DEFAULT);
    }

    /**
     * What the map draws in the view, worked out from the render inputs without the legend's code: each
     * vector layer's classes of the features whose envelope meets the view; the prospect dots' sizes from the
     * aggregation of the view's households (or, past 1:25,000, a household in the view); the client categories
     * and competitors whose position is in the view.
     */
    private static Set<String> drawn(MapScene scene, Viewport view) {
        Set<String> drawn = new LinkedHashSet<>();
        Envelope e = view.envelope();
        PointLayers points = scene.points().shown();
        if (ProspectDots.showsRecords(view.scaleDenominator())) {
            boolean[] any = new boolean[1];
            points.householdIndex().visitEnvelope(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), (id, x, y) -> any[0] = true);
            if (any[0]) {
                drawn.add("points.household");
            }
        } else {
            for (ProspectDot dot : ProspectDots.aggregate(points.householdIndex(), null, e, view.referenceMetresPerPixel()).dots()) {
                drawn.add("points.dot" + dot.size().households());
            }
        }
        for (Client c : points.clients()) {
            if (e.contains(c.x(), c.y())) {
                drawn.add("points.category." + c.category().code());
            }
        }
        for (Competitor c : points.competitors()) {
            if (e.contains(c.x(), c.y())) {
                drawn.add("points.competitor");
            }
        }
        for (LayerDrawing d : scene.layers()) {
            var classes = d.symbology().classes();
            for (VectorFeature f : d.layer().features()) {
                if (f.geometry().getEnvelopeInternal().intersects(e)) {
                    int c = d.symbology().classIndexOf(f);
                    String name = d.layer().info().name();
                    drawn.add(classes.isEmpty() ? "layer:" + name : "layer:" + name + ":" + (c < classes.size() ? classes.get(c).value() : "*"));
                }
            }
        }
        return drawn;
    }

    private static int pixels(RasterCanvas canvas, int rgb) {
        int count = 0;
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                if ((canvas.argbAt(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
