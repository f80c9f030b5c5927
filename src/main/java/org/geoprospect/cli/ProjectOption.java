package org.geoprospect.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option shared by the commands that work on a project. */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR", required = true,
            description = "Project folder (holds the project database).")
    Path project;
}
