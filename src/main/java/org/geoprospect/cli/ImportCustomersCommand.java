package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.service.CsvImportSummary;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import households|clients|competitors FILE.csv --project DIR}: customer files. */
abstract class ImportCustomersCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file (separator and encoding are detected).")
    Path file;
    @Option(names = "--mapping", paramLabel = "FILE.json", description = "JSON file mapping canonical columns to the file's headers.")
    Path mapping;
    @Option(names = "--srid", paramLabel = "EPSG", description = "EPSG code of projected x/y columns (lon/lat are WGS84).")
    Integer srid;
    @Spec
    CommandSpec spec;

    abstract CustomerFileKind kind();

    /** The import itself; the kinds of {@link CustomerFileKind} by default. */
    CsvImportSummary runImport(ConsoleProgress progress) throws Exception {
        return new ImportService().importCustomers(projectOption.project, kind(), file, mapping, srid, progress);
    }

    /** The word the summary line starts with. */
    String label() {
        return kind().code();
    }

    @Override
    public Integer call() throws Exception {
        CsvImportSummary summary = runImport(new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(out, summary);
            return 0;
        }
        out.printf("%s: %,d rows read, %,d new, %,d updated, %,d rejected%n", label(), summary.read(),
                summary.imported(), summary.updated(), summary.rejected());
        if (summary.rejectsFile() != null) {
            out.println("Rejected rows, with the reason, are in " + summary.rejectsFile());
        }
        for (Map.Entry<String, Long> placed : summary.placedBy().entrySet()) {
            out.printf("  placed by %s: %,d%n", placed.getKey(), placed.getValue());
        }
        for (String note : summary.notes()) {
            out.println("  note: " + note);
        }
        if (!summary.ignoredColumns().isEmpty()) {
            out.println("  columns not used: " + String.join(", ", summary.ignoredColumns()));
        }
        return 0;
    }

    @Command(name = "households", mixinStandardHelpOptions = true,
            description = "Import anonymised households (anon_code, position or INSEE/postal code, interests, consents…).")
    static final class Households extends ImportCustomersCommand {
        @Override
        CustomerFileKind kind() {
            return CustomerFileKind.HOUSEHOLDS;
        }
    }

    @Command(name = "clients", mixinStandardHelpOptions = true,
            description = "Import the customer file (code, name, category, sector, revenue, gross margin…).")
    static final class Clients extends ImportCustomersCommand {
        @Override
        CustomerFileKind kind() {
            return CustomerFileKind.CLIENTS;
        }
    }

    @Command(name = "objections", mixinStandardHelpOptions = true,
            description = "Record objections (opt-outs, do-not-call entries): anon_code, email or phone, with date and channel"
                    + " (a row without channel objects to every channel). Every export honours them.")
    static final class Objections extends ImportCustomersCommand {
        @Override
        CustomerFileKind kind() {
            return CustomerFileKind.OBJECTIONS;
        }
    }

    @Command(name = "competitors", mixinStandardHelpOptions = true,
            description = "Import competitors' outlets (code, name, brand, position, attractiveness).")
    static final class Competitors extends ImportCustomersCommand {
        @Override
        CustomerFileKind kind() {
            return CustomerFileKind.COMPETITORS;
        }
    }

    @Command(name = "orders", mixinStandardHelpOptions = true,
            description = "Import the clients' orders or order lines (order number, client code, date, amount, gross margin,"
                    + " product or family, channel or branch); re-importing the same export changes nothing, and the"
                    + " clients' totals are then computed from their orders.")
    static final class Orders extends ImportCustomersCommand {
        @Override
        CustomerFileKind kind() {
            return CustomerFileKind.CLIENTS;
        }

        @Override
        String label() {
            return "orders";
        }

        @Override
        CsvImportSummary runImport(ConsoleProgress progress) throws Exception {
            if (srid != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "An orders file has no positions: leave out --srid.");
            }
            return new ImportService().importOrders(projectOption.project, file, mapping, progress);
        }
    }
}
