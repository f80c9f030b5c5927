package org.geoprospect.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.model.Channel;

/**
 * What to export: a contact list for one channel, or a pseudonymised list for analysis
 * ({@code channel} null: anonymous code, commune, sector, interests; no personal field, no consent
 * needed).
 *
 * @param channel          the contact channel, or null for the pseudonymised list
 * @param columns          the columns asked for (the anonymous code is added first in any case); empty
 *                         for the defaults of the channel or of the pseudonymised list
 * @param file             the CSV file to write; its sidecar is {@code FILE.json} beside it
 * @param csv              separator and BOM
 * @param targetName       the saved target's name, or null for a current selection
 * @param targetDefinition the target's definition or criteria as given, written to the sidecar and the
 *                         audit log with Jackson; may be null. Must describe criteria, not list people.
 * @param chainName        the marketing chain whose step this list is, or null; named in the sidecar and the
 *                         audit row (and, with the step, carried by the rows' SENT events)
 * @param stepName         the chain's step, or null (non-null exactly when chainName is)
 */
public record ExportRequest(Channel channel, List<ExportColumn> columns, Path file, CsvOptions csv,
                            String targetName, Object targetDefinition, String chainName, String stepName) {
    public ExportRequest {
        columns = List.copyOf(columns);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(csv, "csv");
        if ((chainName == null) != (stepName == null)) {
            throw new IllegalArgumentException("A chain's list names both the chain and the step.");
        }
        if (channel == null) {
            for (ExportColumn column : columns) {
                if (column.personal()) {
                    throw new IllegalArgumentException("The pseudonymised list cannot hold the personal column "
                            + column.code() + "; choose a channel to export a contact list.");
                }
            }
        }
    }

    /** A contact list for a channel with its default columns, UTF-8 with BOM and ';'. */
    public static ExportRequest contactList(Channel channel, Path file) {
        return new ExportRequest(Objects.requireNonNull(channel, "channel"), List.of(), file,
                CsvOptions.frenchExcel(), null, null, null, null);
    }

    /** A pseudonymised list with its default columns. */
    public static ExportRequest pseudonymisedList(Path file) {
        return new ExportRequest(null, List.of(), file, CsvOptions.frenchExcel(), null, null, null, null);
    }

    /** The same request with explicit columns. */
    public ExportRequest withColumns(List<ExportColumn> newColumns) {
        return new ExportRequest(channel, newColumns, file, csv, targetName, targetDefinition, chainName, stepName);
    }

    /** The same request with other CSV options. */
    public ExportRequest withCsv(CsvOptions newCsv) {
        return new ExportRequest(channel, columns, file, newCsv, targetName, targetDefinition, chainName, stepName);
    }

    /** The same request describing its target. */
    public ExportRequest withTarget(String name, Object definition) {
        return new ExportRequest(channel, columns, file, csv, name, definition, chainName, stepName);
    }

    /** The same request as the list of a chain's step. */
    public ExportRequest withChainStep(String chain, String step) {
        return new ExportRequest(channel, columns, file, csv, targetName, targetDefinition,
                Objects.requireNonNull(chain, "chain"), Objects.requireNonNull(step, "step"));
    }

    /** Whether this is the pseudonymised list. */
    public boolean pseudonymised() {
        return channel == null;
    }

    /** The channel's code, or {@code pseudonymised}. */
    public String modeCode() {
        return channel == null ? "pseudonymised" : channel.code();
    }

    /** The sidecar's path: the file's name followed by {@code .json}. */
    public Path sidecar() {
        return file.resolveSibling(file.getFileName() + ".json");
    }

    /** The columns written, in order: the anonymous code, then those asked for or the defaults. */
    public List<ExportColumn> effectiveColumns() {
        List<ExportColumn> chosen = columns.isEmpty()
                ? (channel == null ? ExportColumn.pseudonymisedDefaults() : ExportColumn.defaultsFor(channel))
                : columns;
        Set<ExportColumn> ordered = new LinkedHashSet<>();
        ordered.add(ExportColumn.ANON_CODE);
        ordered.addAll(chosen);
        return new ArrayList<>(ordered);
    }
}
