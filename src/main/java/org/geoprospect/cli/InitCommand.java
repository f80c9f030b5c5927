package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code init --project DIR [--sample]}: creates a project, optionally filled with the demo territory. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a project folder; --sample fills it with the Maine-et-Loire demo (Lambert-93, EPSG:2154).",
                "Without --srid, an empty project takes its CRS from its first imported layer: Lambert-93 for France,"
                        + " the UTM zone of the data elsewhere, Web Mercator (EPSG:3857) for world-wide data."})
final class InitCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--sample", description = "Import the demo territory, households, clients and competitors.")
    boolean sample;
    @Option(names = "--srid", paramLabel = "EPSG", description = "The project's planar CRS in metres (e.g. 2154).")
    Integer srid;
    @Option(names = "--encrypt", description = "Encrypt the project at rest (AES); the passphrase comes from "
            + "GEOPROSPECT_PASSPHRASE or is asked twice on the console, and is needed to open the project.")
    boolean encrypt;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProjectService projects = new ProjectService();
        ProjectStats stats = projects.create(projectOption.project, sample, srid,
                encrypt ? ConsolePassphrase.newPassphrase() : null, new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, java.util.Map.of("project", projectOption.project.toAbsolutePath().toString(), "stats", stats));
        } else {
            out.println("Created project " + projectOption.project.toAbsolutePath());
            StatsCommand.printText(out, stats);
        }
        return 0;
    }
}
