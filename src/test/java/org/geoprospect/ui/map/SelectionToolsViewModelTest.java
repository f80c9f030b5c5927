package org.geoprospect.ui.map;

import static org.geoprospect.analysis.GridFixture.X0;
import static org.geoprospect.analysis.GridFixture.Y0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.geoprospect.analysis.GridFixture;
import org.geoprospect.analysis.selection.SelectionOp;
import org.geoprospect.index.Selection;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The selection tools over GridFixture's 10 × 10 households 1 km apart (id = row·10 + col): each answer
 * is read off the grid. The view shows the grid at 10 m per pixel.
 */
class SelectionToolsViewModelTest {
    private final Viewport view = Viewport.of(X0 + 4500, Y0 + 4500, 10, 2000, 2000);
    private final ObjectProperty<Selection> households = new SimpleObjectProperty<>();
    private final ObjectProperty<Selection> clients = new SimpleObjectProperty<>();
    private final ObjectProperty<java.util.List<org.geoprospect.analysis.selection.ShapeSpec>> shapes =
            new SimpleObjectProperty<>(java.util.List.of());
    private SelectionToolsViewModel tools;

    @BeforeEach
    void setUp() {
        tools = new SelectionToolsViewModel(Messages.forLocale(Locale.ENGLISH), shapes, households, clients);
        tools.sessionProperty().set(new AnalysisSession(GridFixture.data()));
    }

    private double sx(double worldX) {
        return view.toScreenX(worldX);
    }

    private double sy(double worldY) {
        return view.toScreenY(worldY);
    }

    /** Drags from world (x0, y0) to (x1, y1) with the current tool. */
    private void drag(double x0, double y0, double x1, double y1, boolean shift, boolean ctrl) {
        tools.press(view, sx(x0), sy(y0), shift, ctrl);
        tools.drag(view, sx((x0 + x1) / 2), sy(y0));
        tools.drag(view, sx(x1), sy(y1));
        tools.release(view, sx(x1), sy(y1));
    }

    @Test
    void rectangleSelectsTheHouseholdsAndClientsInside() {
        tools.toolProperty().set(SelectionTool.RECTANGLE);
        // cols 0–2, rows 0–1; client C2 stands at (col 1, row 1)
        drag(X0 - 500, Y0 - 500, X0 + 2500, Y0 + 1500, false, false);
        assertArrayEquals(new int[] {0, 1, 2, 10, 11, 12}, households.get().toArray());
        assertArrayEquals(new int[] {1}, clients.get().toArray());
        assertEquals("Selection: 6 households, 1 clients", tools.countsProperty().get());
        assertTrue(tools.sketch().isEmpty(), "the finished shape is no longer drawn");
    }

    @Test
    void shiftAddsCtrlSubtractsAndShiftCtrlIntersects() {
        tools.toolProperty().set(SelectionTool.RECTANGLE);
        drag(X0 - 500, Y0 - 500, X0 + 2500, Y0 + 1500, false, false);          // 0,1,2,10,11,12
        drag(X0 + 8500, Y0 - 500, X0 + 9500, Y0 + 500, true, false);           // + 9 (and client C1)
        assertArrayEquals(new int[] {0, 1, 2, 9, 10, 11, 12}, households.get().toArray());
        assertArrayEquals(new int[] {0, 1}, clients.get().toArray());
        drag(X0 - 500, Y0 - 500, X0 + 500, Y0 + 1500, false, true);            // − col 0: 0, 10
        assertArrayEquals(new int[] {1, 2, 9, 11, 12}, households.get().toArray());
        drag(X0 + 1500, Y0 - 500, X0 + 9500, Y0 + 500, true, true);            // ∩ row 0, cols 2–9
        assertArrayEquals(new int[] {2, 9}, households.get().toArray());
        assertEquals(java.util.List.of(SelectionOp.ADD, SelectionOp.ADD, SelectionOp.SUBTRACT, SelectionOp.INTERSECT),
                shapes.get().stream().map(org.geoprospect.analysis.selection.ShapeSpec::op).toList(),
                "the selection keeps its shapes in order, with their operations");
        var asATarget = new AnalysisSession(GridFixture.data()).select(shapes.get());
        assertArrayEquals(households.get().toArray(), asATarget.households().toArray(), "the same shapes re-run give the same households");
        drag(X0 - 500, Y0 - 500, X0 + 500, Y0 + 500, false, false);            // replace: only 0
        assertEquals(1, shapes.get().size(), "a new selection starts its list again");
    }

    @Test
    void toolbarModeAppliesToGesturesWithoutModifiers() {
        tools.toolProperty().set(SelectionTool.RECTANGLE);
        drag(X0 - 500, Y0 - 500, X0 + 500, Y0 + 500, false, false);            // 0
        tools.modeProperty().set(SelectionMode.ADD);
        drag(X0 + 500, Y0 - 500, X0 + 1500, Y0 + 500, false, false);           // + 1
        assertArrayEquals(new int[] {0, 1}, households.get().toArray());
    }

    @Test
    void radiusTakesTheFourNeighboursButNotTheDiagonals() {
        tools.toolProperty().set(SelectionTool.RADIUS);
        // centre on household 55 (col 5, row 5), 1.2 km: 45, 54, 55, 56, 65; diagonals are 1.41 km away
        drag(X0 + 5000, Y0 + 5000, X0 + 6200, Y0 + 5000, false, false);
        assertArrayEquals(new int[] {45, 54, 55, 56, 65}, households.get().toArray());
    }

    @Test
    void lassoSelectsWhatItsFreehandOutlineEncloses() {
        tools.toolProperty().set(SelectionTool.LASSO);
        tools.press(view, sx(X0 + 2500), sy(Y0 + 2500), false, false);
        tools.drag(view, sx(X0 + 3500), sy(Y0 + 2500));
        tools.drag(view, sx(X0 + 3500), sy(Y0 + 3500));
        tools.release(view, sx(X0 + 2500), sy(Y0 + 3500));
        assertArrayEquals(new int[] {33}, households.get().toArray());
    }

    @Test
    void polygonClosesOnADoubleClick() {
        tools.toolProperty().set(SelectionTool.POLYGON);
        // a triangle (−0.5, −0.5) → (4, −0.5) → (−0.5, 4) km: its long side is col + row = 3.5, so it holds col + row ≤ 3
        tools.click(view, sx(X0 - 500), sy(Y0 - 500), 1, false, false);
        tools.click(view, sx(X0 + 4000), sy(Y0 - 500), 1, false, false);
        tools.click(view, sx(X0 - 500), sy(Y0 + 4000), 1, false, false);
        assertEquals(3, tools.sketch().size());
        tools.click(view, sx(X0 - 500), sy(Y0 + 4000), 2, false, false);
        assertArrayEquals(new int[] {0, 1, 2, 3, 10, 11, 12, 20, 21, 30}, households.get().toArray());
    }

    @Test
    void sectorClickSelectsTheWholeSector() {
        tools.toolProperty().set(SelectionTool.SECTOR);
        tools.click(view, sx(X0 + 1200), sy(Y0 + 3300), 1, false, false);
        assertEquals(50, households.get().cardinality());
        households.get().forEach(id -> assertTrue(id % 10 < 5, "household " + id + " is in the west sector"));
    }

    @Test
    void escapeDropsTheSketchThenPutsTheToolDown() {
        tools.toolProperty().set(SelectionTool.POLYGON);
        tools.click(view, sx(X0), sy(Y0), 1, false, false);
        tools.escape();
        assertTrue(tools.sketch().isEmpty());
        assertEquals(SelectionTool.POLYGON, tools.toolProperty().get());
        tools.escape();
        assertEquals(SelectionTool.NONE, tools.toolProperty().get());
        assertNull(households.get(), "nothing was selected");
    }
}
