package org.geoprospect.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.service.ExportService;

/**
 * The {@code export} suite (issue 6): {@code export.csv_100k}, milliseconds of
 * {@link ExportService#export} writing a postal contact list of every household of a 100,000-household
 * project (fewer when the largest {@code --sizes} is smaller): open the project, read the households,
 * apply the ContactPolicy to each, write the CSV (UTF-8 with BOM, {@code ;}), its sidecar and the audit
 * row. Postal is the channel that needs no consent, so nearly every row is written. No peer. Not
 * thread-safe.
 */
public final class ExportSuite implements BenchSuite {
    /** Rows of the metric, as issue 6 asks. */
    static final int ROWS = 100_000;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String description() {
        return "consent-aware CSV export of 100,000 households through ExportService";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int size = Math.min(ROWS, context.largestSize());
        Path project = BenchProjects.project(context, size);
        Path out = context.freshDir("export-out");
        Path file = out.resolve("households-postal.csv");
        ExportService exports = new ExportService();
        ExportResult[] last = new ExportResult[1];
        context.say("export.csv_100k at " + size + " households");
        RunPlan.Timing timing = context.plan().time(() -> { },
                () -> last[0] = exports.export(project, ExportService.Selection.all(),
                        ExportRequest.contactList(Channel.POSTAL, file), ProgressMonitor.NONE),
                () -> {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(out.resolve(file.getFileName() + ".json"));
                });
        String note = "postal contact list of every household: " + last[0].exported() + " rows written, "
                + last[0].excludedTotal() + " left out by the ContactPolicy; includes opening the project,"
                + " the sidecar and the audit row; no peer";
        context.say("export.csv_100k_pseudonymised at " + size + " households");
        RunPlan.Timing pseudonymised = context.plan().time(() -> { },
                () -> last[0] = exports.export(project, ExportService.Selection.all(),
                        ExportRequest.pseudonymisedList(file), ProgressMonitor.NONE),
                () -> {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(out.resolve(file.getFileName() + ".json"));
                });
        String pseudonymisedNote = "pseudonymised list (anonymous code, commune, sector, interests) of every household: "
                + last[0].exported() + " rows written; includes opening the project, the sidecar and the audit row; no peer";
        Scratch.deleteTree(out);
        return List.of(BenchResult.of("export.csv_100k", size, "ms", timing.samples()).withNote(Notes.join(timing.note(), note)),
                BenchResult.of("export.csv_100k_pseudonymised", size, "ms", pseudonymised.samples())
                        .withNote(Notes.join(pseudonymised.note(), pseudonymisedNote)));
    }
}
