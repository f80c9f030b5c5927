package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.CategoryStyles;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.store.LayerRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layers panel's persistence on a real demo project: looks as JSON, drawing order. */
class LayerStyleServiceTest {
    @TempDir
    static Path dir;
    private static Path project;
    private final LayerStyleService service = new LayerStyleService();

    @BeforeAll
    static void createDemo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    @Test
    void aSavedLookComesBackEqualAndIsDrawnWithItsStyle() {
        LayerLook look = LayerLook.startingFrom(DefaultStyles.roads())
                .withStyle(0xFF112233, 4.5f, 0x80445566, 9).withOpacity(0.4).withLabels(false);
        service.saveLook(project, "roads", look);

        Map<String, LayerLook> looks = service.looks(project);
        assertEquals(look, looks.get("roads"));
        assertFalse(looks.containsKey("railways"), "a layer never styled keeps no look");

        List<VectorLayer> layers = new ProjectService().mapContent(project, ProgressMonitor.NONE).layers();
        LayerDrawing roads = LayerStyleService.drawings(layers, looks).stream()
                .filter(d -> d.layer().info().name().equals("roads")).findFirst().orElseThrow();
        assertEquals(0.4, roads.opacity(), 1e-12);
        LayerSymbology rules = roads.symbology();
        assertTrue(rules.classes().isEmpty(), "an edited style replaces the road classes");
        assertEquals(0xFF112233, rules.defaultStyle().strokes().get(0).color());
        assertEquals(4.5f, rules.defaultStyle().strokes().get(0).width());
        assertEquals(0x80445566, rules.defaultStyle().fillColor());
        assertEquals(9, rules.defaultStyle().pointSize(), 0);
    }

    @Test
    void labelsOffDropTheLabelRuleAndAnUneditedLookKeepsTheDefaults() {
        LayerLook look = LayerLook.startingFrom(DefaultStyles.communes()).withLabels(false);
        service.saveLook(project, "communes", look);
        LayerLook back = service.looks(project).get("communes");
        LayerSymbology rules = back.applyTo(DefaultStyles.communes());
        assertNull(rules.label());
        assertEquals(DefaultStyles.communes().defaultStyle(), rules.defaultStyle());
        assertEquals(PointSymbol.CIRCLE, rules.defaultStyle().pointSymbol());
    }

    @Test
    void aMarkerAndAColouringFieldAreSavedAndDrawnByTheCommandLineToo() {
        LayerLook look = LayerLook.startingFrom(DefaultStyles.communes())
                .withSymbolAndColouring(PointSymbol.DIAMOND, "name");
        service.saveLook(project, "communes", look);
        LayerLook back = service.looks(project).get("communes");
        assertEquals(look, back);
        List<VectorLayer> layers = new ProjectService().mapContent(project, ProgressMonitor.NONE).layers();
        LayerDrawing communes = LayerStyleService.drawings(layers, service.looks(project)).stream()
                .filter(d -> d.layer().info().name().equals("communes")).findFirst().orElseThrow();
        assertEquals("name", communes.symbology().classField());
        assertEquals(PointSymbol.DIAMOND, communes.symbology().classes().get(0).style().pointSymbol());
        assertEquals(Math.min(CategoryStyles.MAX_CLASSES, communes.layer().features().size()), communes.symbology().classes().size(),
                "one class per commune name, at most the palette's size");
    }

    @Test
    void aStyleSavedBeforeMarkersAndColouringExistedStillReads() {
        LayerLook old = LayerLookJson.read("{\"version\":1,\"custom\":true,\"stroke\":\"#FF112233\",\"strokeWidth\":2.0,"
                + "\"fill\":\"#80445566\",\"pointSize\":7.0,\"opacity\":0.5,\"labels\":false}", "roads");
        assertNull(old.symbol());
        assertNull(old.colourBy());
        assertEquals(new LayerLook(true, 0xFF112233, 2f, 0x80445566, 7, 0.5, false), old);
    }

    @Test
    void theOrderIsSavedBottomFirst() {
        service.reorder(project, List.of("communes", "railways", "roads", "sectors", "territory"));
        assertEquals(List.of("communes", "railways", "roads", "sectors", "territory"),
                new ProjectService().layers(project).stream().map(l -> l.name()).toList());
        service.reorder(project, List.of("territory", "sectors", "roads", "railways", "communes"));
    }

    @Test
    void anUnreadableSavedStyleIsOneSentenceNamingTheLayer() {
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            new LayerRepository(database).setStyle("railways", "{\"version\":1,\"stroke\":\"red\"}");
        }
        try {
            UserFacingException e = assertThrows(UserFacingException.class, () -> service.looks(project));
            assertTrue(e.getMessage().startsWith("The saved style of layer 'railways' cannot be read"), e.getMessage());
        } finally {
            try (ProjectDatabase database = ProjectDatabase.open(project)) {
                new LayerRepository(database).setStyle("railways", null);
            }
        }
    }
}
