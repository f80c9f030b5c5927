package org.geoprospect.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geoprospect.service.BackupService;
import org.geoprospect.service.ProjectStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code restore FILE.zip --project NEWDIR}: a backup restored as a new project. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup zip (made with 'backup') into a new project folder.")
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The backup to restore.")
    Path zip;
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectStats stats = new BackupService().restore(zip, projectOption.project);
        if (jsonOption.json) {
            JsonOutput.print(spec.commandLine().getOut(), stats);
        } else {
            spec.commandLine().getOut().println("Restored into " + projectOption.project.toAbsolutePath());
            StatsCommand.printText(spec.commandLine().getOut(), stats);
        }
        return 0;
    }
}
