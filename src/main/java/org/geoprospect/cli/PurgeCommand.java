package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.PurgePlan;
import org.geoprospect.privacy.PurgeResult;
import org.geoprospect.service.RetentionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code purge --project DIR [--dry-run]}: deletes the households past the retention period (3 years
 * from the last contact or, never contacted, from collection; configurable per project) with their
 * contact fields, in one transaction, and logs it in the audit log.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Delete the households past the retention period (default 3 years after the last contact or,"
                + " when never contacted, after collection), with their personal fields; logged in the audit log.",
                "--dry-run only lists them."})
final class PurgeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--dry-run", description = "List the households due, change nothing.")
    boolean dryRun;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RetentionService retention = new RetentionService();
        PrintWriter out = spec.commandLine().getOut();
        PurgePlan plan;
        long deleted = 0;
        if (dryRun) {
            plan = retention.due(projectOption.project, ProgressMonitor.NONE);
        } else {
            PurgeResult result = retention.purge(projectOption.project, ProgressMonitor.NONE);
            plan = result.plan();
            deleted = result.deleted();
        }
        if (jsonOption.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("dryRun", dryRun);
            json.put("retentionPeriod", plan.retentionPeriod());
            json.put("today", plan.today().toString());
            json.put("oldestKept", plan.oldestKept().toString());
            json.put("scanned", plan.scanned());
            json.put("count", plan.dueCount());
            json.put("due", plan.due());
            json.put("deleted", deleted);
            JsonOutput.print(out, json);
            return 0;
        }
        out.printf(java.util.Locale.ENGLISH, "%,d of %,d households are past the retention period (%s; records older than %s)%n",
                plan.dueCount(), plan.scanned(), periodWords(plan.retentionPeriod()), plan.oldestKept());
        out.println(dryRun ? "Dry run: nothing was deleted; run without --dry-run to delete them."
                : String.format("Deleted %,d households and their personal fields; the audit log records it.", deleted));
        return 0;
    }

    /** "3 years" for P3Y: the command line prints words, its JSON keeps the ISO period. */
    static String periodWords(String iso8601) {
        try {
            java.time.Period p = java.time.Period.parse(iso8601);
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (p.getYears() != 0) {
                parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
            }
            if (p.getMonths() != 0) {
                parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
            }
            if (p.getDays() != 0 || parts.isEmpty()) {
                parts.add(p.getDays() + (p.getDays() == 1 ? " day" : " days"));
            }
            return String.join(" and ", parts);
        } catch (RuntimeException e) {
            return iso8601;
        }
    }
}
