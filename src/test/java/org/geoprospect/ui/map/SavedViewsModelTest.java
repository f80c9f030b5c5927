package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.SavedView;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;

/** Saved views without a scene: save, default names, jump, rename, delete, and what reaches the project. */
class SavedViewsModelTest {
    private Viewport current = Viewport.of(1000, 2000, 4, 800, 600);
    private final List<double[]> shown = new ArrayList<>();
    private final List<List<SavedView>> persisted = new ArrayList<>();
    private final SavedViewsModel model = new SavedViewsModel(Messages.forLocale(Locale.ENGLISH), () -> current,
            (x, y, mpp) -> shown.add(new double[] {x, y, mpp}));

    {
        model.setPersistence(persisted::add);
    }

    @Test
    void savingKeepsTheCentreAndScaleAndProposesTheNextFreeName() {
        assertEquals("View 1", model.defaultName());
        SavedView first = model.saveCurrent(model.defaultName()).orElseThrow();
        assertEquals(new SavedView("View 1", 1000, 2000, 4), first);
        current = Viewport.of(-50, 75.5, 0.5, 1024, 768);
        model.saveCurrent("  Harbour  ");
        assertEquals(List.of(first, new SavedView("Harbour", -50, 75.5, 0.5)), model.views());
        assertEquals("View 3", model.defaultName());
        assertEquals(2, persisted.size(), "each save reaches the project");
        assertEquals(model.views(), persisted.get(1));
    }

    @Test
    void savingUnderAnExistingNameReplacesTheViewInItsPlace() {
        model.saveCurrent("A");
        model.saveCurrent("B");
        current = Viewport.of(7, 8, 9, 100, 100);
        model.saveCurrent("A");
        assertEquals(List.of(new SavedView("A", 7, 8, 9), new SavedView("B", 1000, 2000, 4)), model.views());
        assertTrue(model.exists(" A"));
    }

    @Test
    void jumpingShowsTheSavedCentreAndScale() {
        model.saveCurrent("Home");
        current = Viewport.of(0, 0, 100, 800, 600);
        assertTrue(model.jumpTo("Home"));
        assertFalse(model.jumpTo("Nowhere"));
        assertEquals(1, shown.size());
        assertEquals(1000, shown.get(0)[0], 0);
        assertEquals(2000, shown.get(0)[1], 0);
        assertEquals(4, shown.get(0)[2], 0);
    }

    @Test
    void renameKeepsThePlaceAndRefusesBlankOrTakenNames() {
        model.saveCurrent("A");
        model.saveCurrent("B");
        model.rename("A", "Alpha");
        assertEquals(List.of("Alpha", "B"), model.views().stream().map(SavedView::name).toList());
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> model.rename("Alpha", "B"));
        assertEquals("Another view is already called B; choose another name.", taken.getMessage());
        assertEquals("Give the view a name.", assertThrows(IllegalArgumentException.class,
                () -> model.rename("Alpha", "  ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.rename("Gamma", "C"));
        model.rename("B", "B"); // same name: allowed, nothing changes
        assertEquals(List.of("Alpha", "B"), model.views().stream().map(SavedView::name).toList());
    }

    @Test
    void deleteRemovesOnlyThatViewAndSavesTheRest() {
        model.saveCurrent("A");
        model.saveCurrent("B");
        assertTrue(model.delete("A"));
        assertFalse(model.delete("A"));
        assertEquals(List.of("B"), model.views().stream().map(SavedView::name).toList());
        assertEquals(List.of(new SavedView("B", 1000, 2000, 4)), persisted.get(persisted.size() - 1));
    }

    @Test
    void viewsReadFromTheProjectAreNotSavedBackAndTheListIsReadOnly() {
        model.setViews(List.of(new SavedView("Loaded", 1, 2, 3)));
        assertEquals(List.of(), persisted);
        assertEquals("View 2", model.defaultName());
        assertThrows(UnsupportedOperationException.class, () -> model.views().clear());
    }

    @Test
    void withoutAViewportNothingIsSaved() {
        current = null;
        assertFalse(model.canSave());
        assertTrue(model.saveCurrent("A").isEmpty());
        assertEquals(List.of(), persisted);
    }

    @Test
    void frenchNamesTheDefaultViewInFrench() {
        SavedViewsModel french = new SavedViewsModel(Messages.forLocale(Locale.FRENCH), () -> current, (x, y, m) -> { });
        assertEquals("Vue 1", french.defaultName());
    }
}
