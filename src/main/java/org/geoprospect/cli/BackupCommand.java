package org.geoprospect.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code backup --project DIR --out FILE.zip}: a consistent copy of the project database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent backup of a project into a zip file (restore it with 'restore').")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "The zip file to write.")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        new BackupService().backup(projectOption.project, out);
        if (jsonOption.json) {
            JsonOutput.print(spec.commandLine().getOut(), Map.of("file", out.toAbsolutePath().toString()));
        } else {
            spec.commandLine().getOut().println("Backup written to " + out.toAbsolutePath());
        }
        return 0;
    }
}
