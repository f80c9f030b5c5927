package org.geoprospect.ui.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.StyleClass;
import org.geoprospect.render.SymbolEdits;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.LayerStyleService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.map.MapViewModel;
import org.geoprospect.ui.undo.UndoHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Style dialog in the main window on the demo project, driven by clicks as the user does: Style… from
 * a layer's context menu, OK. Issue 13, point 5: OK without a change used to replace the road classes
 * (motorway / main / local) with thin white lines; now it changes nothing — no undo entry, nothing saved,
 * the same pixels — on every layer of the demo; and a real change (the colour of one road class) is drawn,
 * saved in the project and undone by Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class LayerStyleDialogTest {
    private static final List<String> DEMO_LAYERS = List.of("territory", "sectors", "roads", "railways", "communes");

    @TempDir
    static Path dir;
    static Path project;
    private MainWindow window;

    @BeforeAll
    static void demo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    private MapViewModel map() {
        return window.viewModel().map();
    }

    private UndoHistory history() {
        return window.viewModel().undoHistory();
    }

    @Test
    void okWithoutAChangeChangesNothingOnAnyDemoLayer(FxRobot robot) throws Exception {
        waitUntilLoaded();
        assertEquals(DEMO_LAYERS.stream().sorted().toList(), names().stream().sorted().toList(), "the demo's five layers");
        for (String name : DEMO_LAYERS) {
            LayerState layer = layer(name);
            LayerSymbology rulesBefore = layer.symbologyProperty().get();
            LayerLook lookBefore = layer.look();
            int[] before = renderLayers();

            openStyleDialog(robot, name);
            robot.clickOn(dialogButton(robot, ButtonType.OK));
            WaitForAsyncUtils.waitForFxEvents();

            assertArrayEquals(before, renderLayers(), name + ": the map is the same, pixel for pixel");
            assertSame(rulesBefore, layer.symbologyProperty().get(), name + ": the rules are untouched");
            assertEquals(lookBefore, layer.look(), name + ": the look is untouched");
            assertTrue(history().nextUndo().isEmpty(), name + ": no edit to undo");
        }
        assertTrue(names().contains("roads"));
        LayerSymbology roads = layer("roads").symbologyProperty().get();
        assertEquals(List.of("local", "main", "motorway"), roads.classes().stream().map(StyleClass::value).toList(),
                "the road classes are still there");

        // Edits are recorded and saved one after another on one background thread: once a later edit (hiding
        // a layer) is recorded, any save the OKs had asked for would be done. There is none.
        revealLayer(robot, "territory");
        robot.clickOn("#layer-territory");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> history().nextUndo().isPresent());
        assertEquals(Optional.of("hiding layer territory"), history().nextUndo());
        history().undo();
        assertTrue(history().nextUndo().isEmpty(), "hiding territory was the only edit");
        assertTrue(new LayerStyleService().looks(project).isEmpty(), "no look was saved in the project");
    }

    @Test
    void aNewColourForOneRoadClassIsDrawnSavedAndUndoneByCtrlZ(FxRobot robot) throws Exception {
        waitUntilLoaded();
        LayerState roads = layer("roads");
        LayerSymbology original = roads.symbologyProperty().get();
        StyleClass main = classOf(original, "main");
        int[] before = renderLayers();

        openStyleDialog(robot, "roads");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> cell && "main".equals(cell.getText())).queryAs(Node.class));
        robot.clickOn("#styleLineColour");
        Rectangle blue = robot.lookup(".color-rect").match((Rectangle r) -> isStrongBlue((Color) r.getFill()))
                .queryAs(Rectangle.class);
        int chosen = SymbolEditorPane.argb((Color) blue.getFill());
        robot.clickOn(blue);
        robot.clickOn(dialogButton(robot, ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        LayerSymbology edited = roads.symbologyProperty().get();
        StyleClass mainNow = classOf(edited, "main");
        assertEquals(chosen, SymbolEdits.line(mainNow.style()).color(), "the line of class main takes the chosen colour");
        assertEquals(SymbolEdits.casing(main.style()), SymbolEdits.casing(mainNow.style()), "its casing is kept");
        assertEquals(SymbolEdits.line(main.style()).width(), SymbolEdits.line(mainNow.style()).width(), "and its width");
        assertEquals(classOf(original, "motorway"), classOf(edited, "motorway"), "the other classes are untouched");
        assertEquals(classOf(original, "local"), classOf(edited, "local"));
        assertFalse(java.util.Arrays.equals(before, renderLayers()), "the map shows the new colour");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new LayerStyleService().looks(project).containsKey("roads"));
        LayerLook saved = new LayerStyleService().looks(project).get("roads");
        assertEquals(chosen, SymbolEdits.line(classOf(saved.rules(), "main").style()).color(), "the project keeps it");
        assertEquals(Optional.of("changing the style of layer roads"), history().nextUndo());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> original.equals(roads.symbologyProperty().get()));
        assertArrayEquals(before, renderLayers(), "after Ctrl+Z the map is as it was, pixel for pixel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !new LayerStyleService().looks(project).get("roads").edited());
        assertNull(new LayerStyleService().looks(project).get("roads").rules(), "the project is back to the default style");
        assertEquals(Optional.of("changing the style of layer roads"), history().nextRedo());
    }

    /**
     * Right-clicks the layer in the layers list (scrolled to it first) and chooses Style… in its menu; waits
     * for the dialog. Desktop platforms answer a right click with a context-menu request; the headless
     * Monocle platform sends none, so the request the platform would send is fired at the pointer.
     */
    private static void openStyleDialog(FxRobot robot, String layer) throws Exception {
        revealLayer(robot, layer);
        Node row = robot.lookup("#layer-" + layer).query();
        robot.rightClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("Style…").tryQuery().isEmpty()) {
            javafx.geometry.Point2D at = robot.point(row).query();
            robot.interact(() -> {
                javafx.geometry.Point2D local = row.screenToLocal(at);
                javafx.geometry.Point2D scene = row.localToScene(local);
                row.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        scene.getX(), scene.getY(), at.getX(), at.getY(), false, null));
            });
        }
        robot.clickOn("Style…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    }

    /** Scrolls the layers list so that the layer's row is shown (the list is short in a small window). */
    private static void revealLayer(FxRobot robot, String layer) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<LayerState> list = robot.lookup("#layerList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getItems().stream().filter(l -> l.name().equals(layer)).findFirst()
                .ifPresent(list::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node dialogButton(FxRobot robot, ButtonType type) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(type);
    }

    /** One of the colour picker's standard swatches, far from the yellow of main roads. */
    private static boolean isStrongBlue(Color c) {
        return c.getBlue() > 0.8 && c.getRed() < 0.3 && c.getGreen() < 0.3 && c.getOpacity() == 1;
    }

    private static StyleClass classOf(LayerSymbology rules, String value) {
        return rules.classes().stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
    }

    private void waitUntilLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            var frame = map().frameProperty().get();
            return map().contentProperty().get() != null && !window.viewModel().loadingProperty().get()
                    && window.targetingPanels().context().session() != null
                    && frame != null && frame.viewport().equals(map().viewportProperty().get());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> names() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> map().layersTopFirst().stream().map(LayerState::name).toList()).get();
    }

    private LayerState layer(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> map().layersTopFirst().stream().filter(l -> l.name().equals(name))
                .findFirst().orElseThrow()).get();
    }

    /** The vector layers as the map draws them now, rendered at the map's current view. */
    private int[] renderLayers() throws Exception {
        List<LayerDrawing> drawings = WaitForAsyncUtils.asyncFx(() -> map().visibleDrawings()).get();
        Viewport view = WaitForAsyncUtils.asyncFx(() -> map().viewportProperty().get()).get();
        RasterCanvas canvas = new RasterCanvas(view.width(), view.height());
        new MapRenderer().render(drawings, view, canvas, ProgressMonitor.NONE);
        return canvas.pixels().clone();
    }
}
