package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.CategoryStyles;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.render.StrokeSpec;
import org.geoprospect.render.StyleClass;
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
        // Categories of "class" with a casing, a dash, a graduated-free palette-free rule set: every part of the JSON.
        LayerStyle motorway = LayerStyle.line(StrokeSpec.solid(0xFF5E1A0C, 5.2f), StrokeSpec.dashed(0xFF112233, 3.4f, 6f, 6f));
        LayerSymbology edited = new LayerSymbology(LayerStyle.line(StrokeSpec.solid(0xFFA9A9A9, 1.1f)), "class",
                List.of(new StyleClass("motorway", "motorway", motorway)), List.of(), null);
        LayerLook look = LayerLook.DEFAULT.withRules(edited).withOpacity(0.4).withLabels(false);
        service.saveLook(project, "roads", look);

        Map<String, LayerLook> looks = service.looks(project);
        assertEquals(look, looks.get("roads"));
        assertFalse(looks.containsKey("railways"), "a layer never styled keeps no look");

        List<VectorLayer> layers = new ProjectService().mapContent(project, ProgressMonitor.NONE).layers();
        LayerDrawing roads = LayerStyleService.drawings(layers, looks).stream()
                .filter(d -> d.layer().info().name().equals("roads")).findFirst().orElseThrow();
        assertEquals(0.4, roads.opacity(), 1e-12);
        assertEquals(edited, roads.symbology(), "the command line draws the edited rules");
    }

    @Test
    void graduatedClassesAndAPaletteRoundTrip() {
        LayerSymbology graduated = new LayerSymbology(LayerStyle.point(PointSymbol.DIAMOND, 7, 0xFF2B2B2B, 0xFFFFFFFF),
                "population", List.of(new StyleClass("0 – 5000", "0 – 5000", LayerStyle.point(PointSymbol.DIAMOND, 7,
                        0xFFFFFFB2, 0xFFFFFFFF), 0.0, 5000.0)), List.of(), null);
        service.saveLook(project, "communes", LayerLook.DEFAULT.withRules(graduated));
        assertEquals(graduated, service.looks(project).get("communes").rules());
        LayerSymbology palette = new LayerSymbology(LayerStyle.polygon(0x618DD3C7), null, List.of(),
                List.of(0x618DD3C7, 0x61FDB462), null);
        service.saveLook(project, "sectors", LayerLook.DEFAULT.withRules(palette));
        assertEquals(palette, service.looks(project).get("sectors").rules());
        service.saveLook(project, "communes", LayerLook.DEFAULT);
        service.saveLook(project, "sectors", LayerLook.DEFAULT);
    }

    @Test
    void labelsOffDropTheLabelRuleAndAnUneditedLookKeepsTheDefaults() {
        LayerLook look = LayerLook.DEFAULT.withLabels(false);
        service.saveLook(project, "communes", look);
        LayerLook back = service.looks(project).get("communes");
        LayerSymbology rules = back.applyTo(DefaultStyles.communes());
        assertNull(rules.label());
        assertEquals(DefaultStyles.communes().defaultStyle(), rules.defaultStyle());
        assertEquals(PointSymbol.CIRCLE, rules.defaultStyle().pointSymbol());
    }

    @Test
    void aVersionOneMarkerAndColouringFieldAreDrawnAsTheyWereByTheCommandLineToo() {
        String json = "{\"version\":1,\"custom\":false,\"stroke\":\"#FFFFFFFF\",\"strokeWidth\":1.0,"
                + "\"fill\":\"#FF2B2B2B\",\"pointSize\":5.5,\"opacity\":1.0,\"labels\":true,"
                + "\"symbol\":\"DIAMOND\",\"colourBy\":\"name\"}";
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            new LayerRepository(database).setStyle("communes", json);
        }
        List<VectorLayer> layers = new ProjectService().mapContent(project, ProgressMonitor.NONE).layers();
        LayerDrawing communes = LayerStyleService.drawings(layers, service.looks(project)).stream()
                .filter(d -> d.layer().info().name().equals("communes")).findFirst().orElseThrow();
        assertEquals("name", communes.symbology().classField());
        assertEquals(PointSymbol.DIAMOND, communes.symbology().classes().get(0).style().pointSymbol());
        assertEquals(Math.min(CategoryStyles.MAX_CLASSES, communes.layer().features().size()), communes.symbology().classes().size(),
                "one class per commune name, at most the palette's size");
        service.saveLook(project, "communes", LayerLook.DEFAULT);
    }

    @Test
    void aVersionOneSingleStyleStillReadsAsTheSingleStyleItDrew() {
        LayerInfo roads = new ProjectService().layers(project).stream().filter(l -> l.name().equals("roads")).findFirst().orElseThrow();
        LayerLook old = LayerLookJson.read("{\"version\":1,\"custom\":true,\"stroke\":\"#FF112233\",\"strokeWidth\":2.0,"
                + "\"fill\":\"#80445566\",\"pointSize\":7.0,\"opacity\":0.5,\"labels\":false}", roads);
        assertEquals(0.5, old.opacity(), 0);
        assertFalse(old.labels());
        assertEquals(LayerSymbology.single(new LayerStyle(0x80445566, List.of(StrokeSpec.solid(0xFF112233, 2f)),
                PointSymbol.CIRCLE, 7, 0x80445566, 0xFF112233)), old.rules());
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
