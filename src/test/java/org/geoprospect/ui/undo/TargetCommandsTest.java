package org.geoprospect.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.service.TargetService;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, renaming and deleting saved targets, undone and redone against a real project. */
class TargetCommandsTest {
    @TempDir
    Path dir;

    @Test
    void saveRenameDeleteAreUndoneAndRedone() throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        TargetService targets = new TargetService();
        TargetCommands commands = new TargetCommands(Messages.forLocale(Locale.ENGLISH), targets, project);
        TargetDefinition definition = TargetDefinition.of(List.of(), Criteria.NONE, null);
        UndoHistory history = new UndoHistory();

        history.perform(commands.save("north", definition));
        history.perform(commands.rename("north", "north-2"));
        history.perform(commands.delete("north-2"));
        assertEquals(List.of(), names(targets, project));
        assertEquals("deleting the target north-2", history.nextUndo().orElseThrow());

        history.undo();
        assertEquals(List.of("north-2"), names(targets, project));
        assertEquals(definition, targets.show(project, "north-2").definition(), "the deleted definition came back");
        history.undo();
        assertEquals(List.of("north"), names(targets, project));
        history.undo();
        assertEquals(List.of(), names(targets, project));

        history.redo();
        history.redo();
        assertEquals(List.of("north-2"), names(targets, project));
    }

    private static List<String> names(TargetService targets, Path project) {
        return targets.list(project).stream().map(SavedTargetInfo::name).toList();
    }
}
