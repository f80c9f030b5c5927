package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.analysis.potential.SectorPotentialRow;
import org.geoprospect.service.SectorPotentialService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sectors}: the sector potential report, counts under 10 shown as "<10". */
@Command(name = "sectors", mixinStandardHelpOptions = true, description = {
        "Per commercial sector: households, prospects matching the criteria, clients, penetration (clients per",
        "1,000 households) and remaining potential (matching prospects minus clients). Household counts under 10",
        "are shown as <10 (and the penetration left out) so that no small group is revealed."})
final class SectorsCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Mixin
    CriteriaOptions criteria;
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the report as CSV.")
    Path csv;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<SectorPotentialRow> rows = new SectorPotentialService().report(projectOption.project,
                criteria.definition(spec.commandLine()), new ConsoleProgress(spec.commandLine().getErr()));
        if (csv != null) {
            SectorPotentialService.writeCsv(rows, csv);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, Map.of("sectors", rows));
        } else {
            TextTable table = new TextTable("sector", ">households", ">matching", ">clients", ">clients per 1,000", ">remaining potential");
            for (SectorPotentialRow r : rows) {
                table.row(r.name() == null || r.name().isBlank() ? r.code() : r.name(), grouped(r.households()),
                        grouped(r.matchingProspects()), r.clients(),
                        r.penetrationPerThousand() == null ? "-" : String.format(Locale.ENGLISH, "%.1f", r.penetrationPerThousand()),
                        grouped(r.remainingPotential()));
            }
            table.print(out);
            out.println("Counts under 10 show as <10; remaining potential: matching households not yet customers.");
        }
        return 0;
    }

    /** "<10" as it is, digits with thousands separators. */
    private static String grouped(String count) {
        return count != null && count.matches("\\d+") ? TextTable.integer(Long.parseLong(count)) : count;
    }
}
