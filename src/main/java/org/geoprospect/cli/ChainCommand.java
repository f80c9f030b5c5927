package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.analysis.campaign.Attribution;
import org.geoprospect.analysis.campaign.Chain;
import org.geoprospect.analysis.campaign.ChainJson;
import org.geoprospect.analysis.campaign.ChainReport;
import org.geoprospect.analysis.campaign.ChainStatus;
import org.geoprospect.analysis.campaign.EntryRule;
import org.geoprospect.analysis.campaign.PressureCaps;
import org.geoprospect.analysis.campaign.Step;
import org.geoprospect.analysis.campaign.StepFigures;
import org.geoprospect.service.ChainReportJson;
import org.geoprospect.service.ChainService;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chain create|list|show|delete|prepare|report}: marketing chains, their steps' lawful lists and
 * their return on investment. The tool never sends anything: {@code prepare} writes a step's list (as
 * {@code export} does) and records it; results come back with {@code import results}.
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = "Marketing chains: multi-step, multi-channel campaigns with branches on results, a control group and their ROI.",
        subcommands = {ChainCommand.Create.class, ChainCommand.ListChains.class, ChainCommand.Show.class,
                ChainCommand.Delete.class, ChainCommand.Prepare.class, ChainCommand.Report.class})
final class ChainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing sub-command: choose create, list, show, delete, prepare or report.");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Save a chain: its entry, its steps in order, its pressure caps.",
                    "--step takes key=value pairs: name=,channel=email|sms|phone|postal,message=,unitCost=,fixedCost=,"
                            + "delay=DAYS,control=PERCENT,seed=N and, for a branch, noAnswer=STEP,days=N or answered=STEP.",
                    "Whoever orders after entering leaves the chain (unless --keep-orderers)."})
    static final class Create implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", arity = "0..1", description = "The chain's name (not with --from).")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Entry entry;
        @Option(names = "--step", paramLabel = "KEY=VALUE,…", description = "A step (repeat, in order).")
        List<String> steps = new ArrayList<>();
        @Option(names = "--max-contacts-per-30-days", paramLabel = "N", defaultValue = "0",
                description = "At most N contacts per person per 30 days, every chain and export together (0: no cap).")
        int maxContacts;
        @Option(names = "--exclusive-days", paramLabel = "D", defaultValue = "0",
                description = "Leave out whoever another active chain contacted in the last D days (0: no exclusivity).")
        int exclusiveDays;
        @Option(names = "--keep-orderers", description = "Do not drop people who ordered from the later steps.")
        boolean keepOrderers;
        @Option(names = "--paused", description = "Save the chain paused.")
        boolean paused;
        @Spec
        CommandSpec spec;

        static final class Entry {
            @Option(names = "--entry-target", paramLabel = "TARGET", required = true, description = "A saved target.")
            String target;
            @Option(names = "--entry-reactivation-months", paramLabel = "N", required = true,
                    description = "Clients with no order for N months.")
            Integer reactivationMonths;
            @Option(names = "--entry-new-leads-days", paramLabel = "N", required = true,
                    description = "Households that entered the project in the last N days.")
            Integer newLeadsDays;
            @Option(names = "--from", paramLabel = "FILE.json", required = true, description = "A chain written as JSON.")
            Path from;
        }

        @Override
        public Integer call() {
            ChainService service = new ChainService();
            Chain chain;
            if (entry.from != null) {
                if (name != null || !steps.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "With --from, the file gives the name and the steps; leave out NAME and --step.");
                }
                chain = service.createFromFile(projectOption.project, entry.from);
            } else {
                if (name == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Give the chain's NAME.");
                }
                chain = service.create(projectOption.project, chain(spec));
            }
            printChain(spec.commandLine().getOut(), chain, jsonOption.json);
            return 0;
        }

        private Chain chain(CommandSpec spec) {
            try {
                EntryRule rule = entry.target != null ? new EntryRule.SavedTarget(entry.target)
                        : entry.reactivationMonths != null ? new EntryRule.Reactivation(entry.reactivationMonths)
                        : new EntryRule.NewLeads(entry.newLeadsDays);
                List<Step> parsed = steps.stream().map(ChainStepOption::parse).toList();
                return new Chain(name, rule, parsed, new PressureCaps(maxContacts, exclusiveDays),
                        paused ? ChainStatus.PAUSED : ChainStatus.ACTIVE, !keepOrderers);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    static void printChain(PrintWriter out, Chain chain, boolean json) {
        if (json) {
            JsonOutput.print(out, ChainJson.tree(chain));
            return;
        }
        out.printf("chain %s (%s), %d steps%n", chain.name(), chain.status().code(), chain.steps().size());
        for (Step s : chain.steps()) {
            String from = s.audience().fromStep();
            out.printf("  %s: %s, %s, %.2f €/contact + %.2f €, control %.1f %%%s%n", s.name(), s.channel().code(),
                    s.message(), s.unitCost(), s.fixedCost(), s.controlPercent(),
                    from == null ? "" : " (branch of " + from + ")");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the project's chains.")
    static final class ListChains implements Callable<Integer> {
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Chain> chains = new ChainService().list(projectOption.project);
            PrintWriter out = spec.commandLine().getOut();
            if (jsonOption.json) {
                JsonOutput.print(out, Map.of("chains", chains.stream().map(ChainJson::tree).toList()));
            } else if (chains.isEmpty()) {
                out.println("No chain.");
            } else {
                chains.forEach(c -> out.printf("%s  (%s, %d steps)%n", c.name(), c.status().code(), c.steps().size()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a chain's definition.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            printChain(spec.commandLine().getOut(), new ChainService().show(projectOption.project, name), jsonOption.json);
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a chain with its runs and control groups (the contact history stays).")
    static final class Delete implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            new ChainService().delete(projectOption.project, name);
            if (jsonOption.json) {
                JsonOutput.print(spec.commandLine().getOut(), Map.of("deleted", name));
            } else {
                spec.commandLine().getOut().println("Deleted chain " + name + ".");
            }
            return 0;
        }
    }

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = {"Prepare a step's lawful list: its audience minus the pressure caps, the ContactPolicy's "
                    + "refusals and the control group (held out, recorded); the rows are recorded as sent.",
                    "Writes FILE.csv, its sidecar FILE.csv.json naming the chain and step, and an audit row."})
    static final class Prepare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "STEP")
        String step;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The CSV file to write.")
        Path out;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ChainService.PreparedStep prepared = new ChainService().prepare(projectOption.project, name, step, out,
                    new ConsoleProgress(spec.commandLine().getErr()));
            PrintWriter printer = spec.commandLine().getOut();
            if (jsonOption.json) {
                JsonOutput.print(printer, prepared.toJsonMap());
                return 0;
            }
            printer.printf("Step %s of %s: %,d to contact in %s, %,d held out as control group%n", step, name,
                    prepared.contacted(), prepared.file(), prepared.heldOut());
            prepared.excluded().forEach((reason, count) -> {
                if (count > 0) {
                    printer.printf("  left out (%s): %,d%n", reason, count);
                }
            });
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"A chain's return on investment per step and in total: contacts, cost, responses, orders "
                    + "credited to the last contact within the window, margin, rates against the control group, "
                    + "ROI = (margin - cost) / cost and the uplift ROI (margin above the control group's)."})
    static final class Report implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Option(names = "--window-days", paramLabel = "N", defaultValue = "30",
                description = "An order counts for a contact up to N days after it (default ${DEFAULT-VALUE}).")
        int windowDays;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Attribution attribution;
            try {
                attribution = new Attribution(windowDays);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            ChainReport report = new ChainService().report(projectOption.project, name, attribution);
            PrintWriter out = spec.commandLine().getOut();
            if (jsonOption.json) {
                JsonOutput.print(out, ChainReportJson.toJsonMap(report));
                return 0;
            }
            out.printf("chain %s — orders credited to the last contact within %d days%n", name, windowDays);
            for (StepFigures f : report.steps()) {
                line(out, f.step(), f);
            }
            line(out, "total", report.total());
            return 0;
        }

        private static void line(PrintWriter out, String label, StepFigures f) {
            out.printf("  %s: %,d contacts, %,d held out, cost %,.2f €, %,d responses, %,d orders, margin %,.2f €, "
                            + "uplift %s, ROI %s, uplift ROI %s%n", label, f.contacts(), f.heldOut(), f.cost(),
                    f.responses(), f.orders(), f.margin(), percent(f.uplift()), percent(f.roi()), percent(f.upliftRoi()));
        }

        private static String percent(Double share) {
            return share == null ? "n/a" : String.format("%.1f %%", share * 100);
        }
    }
}
