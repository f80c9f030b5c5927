package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved map views kept as JSON in a real (empty) project: round trip, damaged values, duplicate names. */
class SavedViewServiceTest {
    @TempDir
    static Path dir;
    private static int projects;
    private final SavedViewService service = new SavedViewService();

    private static Path newProject() throws Exception {
        Path project = dir.resolve("p" + (++projects));
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        return project;
    }

    private static void putRaw(Path project, String value) {
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            new ProjectSettings(database).put(SavedViewService.SETTING_KEY, value);
        }
    }

    @Test
    void aProjectWithoutSavedViewsHasNoneAndNoProblem() throws Exception {
        SavedViewService.Loaded loaded = service.load(newProject());
        assertEquals(List.of(), loaded.views());
        assertNull(loaded.problem());
    }

    @Test
    void savedViewsComeBackEqualAndInOrderAfterReopening() throws Exception {
        Path project = newProject();
        List<SavedView> views = List.of(new SavedView("Angers centre", 431_250.5, 6_711_300.25, 2.5),
                new SavedView("Whole sector «Nord»", 420_000, 6_720_000, 40));
        service.save(project, views);
        SavedViewService.Loaded loaded = service.load(project);
        assertEquals(views, loaded.views());
        assertNull(loaded.problem());

        service.save(project, List.of(views.get(1)));
        assertEquals(List.of(views.get(1)), service.load(project).views(), "a save replaces the whole list");
    }

    @Test
    void textThatIsNotJsonGivesNoViewsAndOneSentence() throws Exception {
        Path project = newProject();
        putRaw(project, "{\"version\":1,\"views\":[{\"name\":");
        SavedViewService.Loaded loaded = service.load(project);
        assertEquals(List.of(), loaded.views());
        assertNotNull(loaded.problem());
        assertTrue(loaded.problem().contains("cannot be read (it is not JSON)"), loaded.problem());

        assertEquals(0, new ProjectService().stats(project).households(), "the project itself still opens");
        service.save(project, List.of(new SavedView("Fresh", 1, 2, 3)));
        SavedViewService.Loaded repaired = service.load(project);
        assertEquals(List.of(new SavedView("Fresh", 1, 2, 3)), repaired.views());
        assertNull(repaired.problem(), "saving replaces the damaged value");
    }

    @Test
    void unreadableEntriesAreLeftOutAndCounted() {
        SavedViewService.Loaded loaded = SavedViewService.fromJson("{\"version\":1,\"views\":["
                + "{\"name\":\"Good\",\"x\":10,\"y\":20,\"metresPerPixel\":1.5},"
                + "{\"name\":\"No scale\",\"x\":10,\"y\":20},"
                + "{\"name\":\"Negative\",\"x\":10,\"y\":20,\"metresPerPixel\":-1},"
                + "{\"name\":\"   \",\"x\":10,\"y\":20,\"metresPerPixel\":1},"
                + "{\"name\":\"Good\",\"x\":0,\"y\":0,\"metresPerPixel\":1},"
                + "{\"name\":\"Text x\",\"x\":\"10\",\"y\":20,\"metresPerPixel\":1},"
                + "42]}");
        assertEquals(List.of(new SavedView("Good", 10, 20, 1.5)), loaded.views());
        assertTrue(loaded.problem().contains("6 of them could not be read"), loaded.problem());
    }

    @Test
    void otherShapesAndVersionsAreReportedNotThrown() {
        for (String json : new String[] {"[]", "null", "\"views\"", "{\"version\":2,\"views\":[]}", "{\"version\":1}",
                "{\"version\":1,\"views\":{}}", ""}) {
            SavedViewService.Loaded loaded = SavedViewService.fromJson(json);
            assertEquals(List.of(), loaded.views(), json);
            assertNotNull(loaded.problem(), json);
        }
    }

    @Test
    void twoViewsOfTheSameNameAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SavedViewService.toJson(List.of(new SavedView("A", 0, 0, 1), new SavedView(" A ", 5, 5, 2))));
        assertEquals("Two saved views are both called 'A'; rename one.", e.getMessage());
    }

    @Test
    void aViewChecksItsFields() {
        assertEquals("trimmed", new SavedView("  trimmed ", 0, 0, 1).name());
        assertThrows(IllegalArgumentException.class, () -> new SavedView("", 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("x".repeat(81), 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("a", Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("a", 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("a", 0, 0, Double.POSITIVE_INFINITY));
    }
}
