package org.geoprospect.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LayerLook;
import org.geoprospect.service.LayerStyleService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layer style edits undone and redone against a real demo project: the look read back, and the screen. */
class StyleCommandsTest {
    @TempDir
    static Path dir;
    private static Path project;
    private final LayerStyleService styles = new LayerStyleService();
    private final List<String> screen = new ArrayList<>();
    private final StyleCommands commands = new StyleCommands(Messages.forLocale(Locale.ENGLISH), styles, project,
            new StyleCommands.Screen() {
                @Override
                public void look(String layerName, LayerLook look) {
                    screen.add(layerName + " " + look.opacity());
                }

                @Override
                public void order(List<String> bottomToTop) {
                    screen.add(String.join(",", bottomToTop));
                }

                @Override
                public void visibility(String layerName, boolean visible) {
                    screen.add(layerName + (visible ? " shown" : " hidden"));
                }
            });

    @BeforeAll
    static void createDemo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    @Test
    void undoRestoresTheOriginalLookInTheProjectAndRedoTheNewOne() {
        LayerLook original = LayerLook.DEFAULT.withOpacity(0.8);
        styles.saveLook(project, "roads", original);
        LayerLook edited = original.withRules(org.geoprospect.render.LayerSymbology.single(org.geoprospect.render.LayerStyle.line(
                org.geoprospect.render.StrokeSpec.solid(0xFF112233, 4f)))).withLabels(false);
        UndoHistory history = new UndoHistory();

        history.perform(commands.look("roads", original, edited));
        assertEquals(edited, styles.looks(project).get("roads"));
        assertEquals(List.of(), screen, "the screen already shows the user's edit");
        assertEquals("changing the style of layer roads", history.nextUndo().orElseThrow());

        history.undo();
        assertEquals(original, styles.looks(project).get("roads"), "the persisted look is the original again");
        history.redo();
        assertEquals(edited, styles.looks(project).get("roads"));
        assertEquals(List.of("roads 0.8", "roads 0.8"), screen, "undo and redo show the look again");
    }

    @Test
    void opacityAloneAndLabelsAloneAreNamedSo() {
        LayerLook start = LayerLook.DEFAULT;
        assertEquals("changing the opacity of layer communes",
                commands.look("communes", start, start.withOpacity(0.3)).description());
        assertEquals("switching the labels of layer communes",
                commands.look("communes", start, start.withLabels(false)).description());
    }

    @Test
    void undoRestoresTheDrawingOrder() {
        List<String> before = layerOrder();
        List<String> after = new ArrayList<>(before);
        after.add(after.remove(0)); // the bottom layer to the top
        assertNotEquals(before, after);
        UndoHistory history = new UndoHistory();

        history.perform(commands.order(before, after));
        assertEquals(after, layerOrder());
        history.undo();
        assertEquals(before, layerOrder());
        assertEquals(List.of(String.join(",", before)), screen);
        history.redo();
        assertEquals(after, layerOrder());
    }

    @Test
    void hidingALayerIsUndoneOnScreen() {
        UndoHistory history = new UndoHistory();
        history.perform(commands.visibility("railways", false));
        assertEquals("hiding layer railways", history.nextUndo().orElseThrow());
        history.undo();
        history.redo();
        assertEquals(List.of("railways shown", "railways hidden"), screen);
    }

    @Test
    void withoutAProjectOnlyTheScreenChanges() {
        StyleCommands screenOnly = new StyleCommands(Messages.forLocale(Locale.ENGLISH), styles, null, StyleCommands.Screen.NONE);
        LayerLook start = LayerLook.DEFAULT;
        UndoHistory history = new UndoHistory();
        history.perform(screenOnly.look("no such layer", start, start.withOpacity(0.5)));
        history.undo();
        assertEquals("changing the opacity of layer no such layer", history.nextRedo().orElseThrow());
    }

    private static List<String> layerOrder() {
        return new ProjectService().layers(project).stream().map(LayerInfo::name).toList();
    }
}
