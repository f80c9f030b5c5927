package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.analysis.ranking.ClientRanking;
import org.geoprospect.analysis.ranking.RankedClient;
import org.geoprospect.analysis.ranking.RankingOptions;
import org.geoprospect.analysis.ranking.SectorProfit;
import org.geoprospect.model.Client;
import org.geoprospect.service.RankingService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rank clients}: the best clients by profit (the method is in {@code ClientRanker}). */
@Command(name = "rank", mixinStandardHelpOptions = true, description = "Rank the customer file.",
        subcommands = RankCommand.Clients.class)
final class RankCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing sub-command: choose clients.");
    }

    @Command(name = "clients", mixinStandardHelpOptions = true, description = {
            "Rank the best clients by gross margin (not by invoice count or revenue), by the method:",
            "1. Only contacts of category client. Left out of the list unless the options keep them: clients with",
            "   payment incidents, clients flagged difficult; always left out: a gross margin of 0 or less.",
            "2. Sectors of activity are ordered by total margin (all their clients); the profitable sectors are the",
            "   fewest leading sectors reaching 80 % of the margin (with --sector, that sector alone).",
            "3. Core list: the top 20 clients by margin of each profitable sector, together ordered by margin.",
            "4. Then the motivated clients of the profitable sectors not yet listed, by margin.",
            "5. Then every other client, by margin, to grow the list; the list is cut to --top (30, 50, 100).",
            "Ties on margin: larger revenue first, then code."})
    static final class Clients implements Callable<Integer> {
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Option(names = "--top", paramLabel = "N", defaultValue = "30", description = "List size (default ${DEFAULT-VALUE}; e.g. 30, 50, 100).")
        int top;
        @Option(names = "--per-sector", paramLabel = "N", defaultValue = "20", description = "Clients taken from each profitable sector (default ${DEFAULT-VALUE}).")
        int perSector;
        @Option(names = "--sector", paramLabel = "S", description = "Rank only this sector of activity.")
        String sector;
        @Option(names = "--include-bad-payers", description = "Keep clients with payment incidents.")
        boolean includeBadPayers;
        @Option(names = "--include-difficult", description = "Keep clients flagged difficult.")
        boolean includeDifficult;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RankingOptions options;
            try {
                options = new RankingOptions(top, perSector, RankingOptions.DEFAULT.profitableShare(), sector,
                        includeBadPayers, includeDifficult);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            ClientRanking ranking = new RankingService().rankClients(projectOption.project, options);
            PrintWriter out = spec.commandLine().getOut();
            if (jsonOption.json) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("clients", ranking.clients().stream().map(Clients::row).toList());
                document.put("sectors", ranking.sectors());
                document.put("excluded", Map.of("badPayers", ranking.excludedBadPayers(), "difficult", ranking.excludedDifficult()));
                JsonOutput.print(out, document);
            } else {
                printText(out, ranking);
            }
            return 0;
        }

        private static Map<String, Object> row(RankedClient r) {
            Client c = r.client();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", r.rank());
            row.put("code", c.code());
            row.put("name", c.name());
            row.put("sector", c.sector());
            row.put("grossMargin", c.grossMargin());
            row.put("revenue", c.revenue());
            row.put("invoiceCount", c.invoiceCount());
            row.put("paymentIncidents", c.paymentIncidents());
            row.put("difficult", c.difficult());
            row.put("motivated", c.motivated());
            row.put("reason", r.reason().name().toLowerCase(java.util.Locale.ROOT));
            return row;
        }

        private static void printText(PrintWriter out, ClientRanking ranking) {
            org.geoprospect.model.CodeWords activities = org.geoprospect.model.CodeWords.activities(java.util.Locale.ENGLISH);
            org.geoprospect.model.CodeWords reasons = org.geoprospect.model.CodeWords.rankingReasons(java.util.Locale.ENGLISH);
            TextTable clients = new TextTable(">rank", "code", "name", "sector of activity", ">margin", ">revenue", ">invoices", "why");
            for (RankedClient r : ranking.clients()) {
                Client c = r.client();
                clients.row(r.rank(), c.code(), c.name(), activities.word(c.sector()), TextTable.euros(c.grossMargin()),
                        TextTable.euros(c.revenue()), c.invoiceCount(), reasons.word(r.reason().name()));
            }
            clients.print(out);
            out.println();
            TextTable sectors = new TextTable("sector of activity", ">clients", ">total margin", ">margin per client", "profitable");
            for (SectorProfit s : ranking.sectors()) {
                sectors.row(s.sector().isEmpty() ? "-" : activities.word(s.sector()), s.clients(), TextTable.euros(s.totalMargin()),
                        TextTable.euros(s.marginPerClient()), s.profitable() ? "yes" : "no");
            }
            sectors.print(out);
            out.printf("left out: %d with payment incidents, %d difficult%n", ranking.excludedBadPayers(), ranking.excludedDifficult());
        }
    }
}
