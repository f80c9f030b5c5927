package org.geoprospect.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.geoprospect.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audit --project DIR}: the project's audit log of exports and purges (never row contents). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List the audit log: every export and purge, when, who, target, channel, columns, counts, file.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExportService.AuditRow> rows = new ExportService().auditLog(projectOption.project);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, rows);
            return 0;
        }
        if (rows.isEmpty()) {
            out.println("The audit log is empty: nothing has been exported or purged yet.");
        }
        for (ExportService.AuditRow row : rows) {
            out.println(row.id() + "  " + row.at() + "  " + row.user() + "  " + row.action()
                    + (row.channel() == null ? "" : "  " + row.channel())
                    + (row.target() == null ? "" : "  target " + row.target())
                    + "  " + row.count() + " rows"
                    + (row.file() == null ? "" : "  " + row.file()));
        }
        return 0;
    }
}
