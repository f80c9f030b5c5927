package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.model.Channel;
import org.geoprospect.privacy.ExportColumn;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.TargetService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export --project DIR --all --channel email --out FILE.csv}: a lawful contact list. Only the
 * households the ContactPolicy allows on the channel are written; the summary says how many were
 * left out and why; a sidecar {@code FILE.csv.json} and one audit-log row describe the export.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a consent-aware contact list (or, with --pseudonymised, a list without personal fields).",
                "Default columns per channel: email: first_name,last_name,email; sms and phone: first_name,last_name,phone;"
                        + " postal: first_name,last_name,address,postal_code,city. The anonymous code is always first.",
                "The file is UTF-8 with BOM and ';' (French Excel) unless --delimiter says otherwise; cells that a"
                        + " spreadsheet would run as formulas are neutralised."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--all", required = true, description = "Every household of the project.")
        boolean all;
        @Option(names = "--target", paramLabel = "NAME", required = true,
                description = "The households a saved target selects now (see 'target save').")
        String target;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--channel", paramLabel = "email|sms|phone|postal", required = true,
                description = "The contact channel; decides who may be listed and the default columns.")
        String channel;
        @Option(names = "--pseudonymised", required = true,
                description = "A list for analysis: anonymous code, commune, sector, interests; no personal field, no consent needed.")
        boolean pseudonymised;
    }

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The CSV file to write.")
    Path out;
    @Option(names = "--columns", paramLabel = "c1,c2,…", split = ",",
            description = "Columns after the anonymous code (personal ones only when asked here).")
    List<String> columns;
    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ";",
            description = "Cell separator (default '${DEFAULT-VALUE}'; ',' gives plain comma CSV).")
    String delimiter;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportRequest request = mode.pseudonymised ? ExportRequest.pseudonymisedList(out)
                : ExportRequest.contactList(channel(), out);
        if (columns != null) {
            request = request.withColumns(columns());
        }
        request = request.withCsv(CsvOptions.frenchExcel().withDelimiter(delimiter()));
        ExportService.Selection selection = ExportService.Selection.all();
        if (scope.target != null) {
            TargetService.SelectedCodes selected = new TargetService().selectedCodes(projectOption.project, scope.target,
                    ProgressMonitor.NONE);
            selection = ExportService.Selection.codes(selected.households());
            request = request.withTarget(selected.name(), definitionTree(selected.definitionJson()));
        }
        ExportResult result = new ExportService().export(projectOption.project, selection, request,
                new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter printer = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(printer, result.toJsonMap());
            return 0;
        }
        printer.printf("Exported %,d households to %s%n", result.exported(), result.file());
        for (Map.Entry<String, Long> excluded : result.excludedByKey().entrySet()) {
            if (excluded.getValue() > 0) {
                printer.printf("  left out (%s): %,d%n", excluded.getKey(), excluded.getValue());
            }
        }
        printer.println("Description of the export: " + result.sidecar());
        return 0;
    }

    /** The definition as a JSON tree, so the sidecar embeds it as JSON rather than as a quoted string. */
    private static Object definitionTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    private Channel channel() {
        try {
            return Channel.fromCode(mode.channel);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--channel must be email, sms, phone or postal, not '" + mode.channel + "'.");
        }
    }

    private List<ExportColumn> columns() {
        List<ExportColumn> result = new ArrayList<>();
        for (String code : columns) {
            try {
                result.add(ExportColumn.fromCode(code.trim()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return result;
    }

    private char delimiter() {
        String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
        if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
            throw new ParameterException(spec.commandLine(), "--delimiter must be one character such as ';', ',' or tab.");
        }
        return d.charAt(0);
    }
}
