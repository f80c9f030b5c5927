package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user list of recent projects and the start-up choice made from it. */
class RecentProjectsTest {
    @TempDir
    Path dir;

    private RecentProjects list(String name) {
        return new RecentProjects(dir.resolve(name), Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void keepsTheTenMostRecentOnceEachMostRecentFirst() {
        RecentProjects recent = list("recent.json");
        assertTrue(recent.isFirstStart());
        for (int i = 1; i <= 12; i++) {
            recent.remember(dir.resolve("p" + i), "Project " + i);
        }
        recent.remember(dir.resolve("p5/../p5"), "Project 5 again");
        List<RecentProjects.Entry> entries = recent.list();
        assertFalse(recent.isFirstStart());
        assertEquals(RecentProjects.MAX, entries.size());
        assertEquals(dir.resolve("p5").toAbsolutePath().normalize(), entries.get(0).folder(), "the same folder, normalised, moves up");
        assertEquals("Project 5 again", entries.get(0).name());
        assertEquals(List.of("p5", "p12", "p11", "p10", "p9", "p8", "p7", "p6", "p4", "p3"),
                entries.stream().map(e -> e.folder().getFileName().toString()).toList());
        assertEquals(Instant.parse("2026-12-04T09:00:00Z"), entries.get(0).opened());
    }

    @Test
    void aDamagedFileReadsAsEmptyAndIsReplacedAtTheNextWrite() throws Exception {
        Files.writeString(dir.resolve("recent.json"), "{\"projects\": [ {\"folder\": ");
        RecentProjects recent = list("recent.json");
        assertEquals(List.of(), recent.list());
        recent.remember(dir.resolve("a"), "A");
        assertEquals(1, recent.list().size());
        recent.forget(dir.resolve("a"));
        assertEquals(List.of(), recent.list());
        assertFalse(recent.isFirstStart(), "an emptied list is no first start");
    }

    @Test
    void startupOpensTheLastProjectThatStillExistsElseTheDemo() throws Exception {
        Path demo = dir.resolve("demo");
        RecentProjects recent = list("recent.json");
        StartupProject.Choice first = StartupProject.choose(recent, demo);
        assertEquals(demo, first.folder());
        assertTrue(first.createDemo(), "the very first start creates the demo");
        assertTrue(first.missing().isEmpty());

        Path kept = dir.resolve("kept");
        new ProjectService().create(kept, false, ProgressMonitor.NONE);
        recent.remember(kept, "Kept");
        recent.remember(dir.resolve("deleted"), "Deleted");
        StartupProject.Choice next = StartupProject.choose(recent, demo);
        assertEquals(kept.toAbsolutePath().normalize(), next.folder(), "the newest entry is gone: the next one that exists");
        assertFalse(next.createDemo());

        recent.forget(kept);
        StartupProject.Choice none = StartupProject.choose(recent, demo);
        assertEquals(demo, none.folder());
        assertEquals(dir.resolve("deleted").toAbsolutePath().normalize(), none.missing().orElseThrow(),
                "the window says which project could not be found");
    }
}
