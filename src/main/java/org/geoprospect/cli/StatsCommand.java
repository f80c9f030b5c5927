package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats --project DIR}: counts of households, clients (category client), customer-file contacts, competitors, sectors and layers. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the records of a project.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectStats stats = new ProjectService().stats(projectOption.project);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, stats);
        } else {
            printText(out, stats);
        }
        return 0;
    }

    static void printText(PrintWriter out, ProjectStats stats) {
        out.printf("households  %,d%n", stats.households());
        out.printf("clients     %,d  (customer-file contacts of category client)%n", stats.clients());
        out.printf("contacts    %,d  (customer-file records of every category)%n", stats.contacts());
        out.printf("competitors %,d%n", stats.competitors());
        out.printf("sectors     %,d%n", stats.sectors());
        out.printf("layers      %,d%n", stats.layers());
    }
}
