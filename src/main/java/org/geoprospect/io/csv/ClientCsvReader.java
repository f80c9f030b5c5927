package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * Reads a clients file: the canonical format ({@link CanonicalColumns#CLIENTS}) or a CRM/accounting
 * export (separator, encoding, aliases and positions as {@link HouseholdCsvReader} documents). Only
 * {@code code} and a way to place the row are required. Empty revenue, margin and count cells read as 0,
 * empty dates as null, empty yes/no cells as false; a payment-incidents cell may also be a yes/no value
 * (1 or 0 incidents). The category may be written in English or French (client, ancien client, prospect,
 * fournisseur, banquier, journaliste, prescripteur...); an empty cell, or a file without the column,
 * means {@code client} (noted in the report). A customer file has hundreds or thousands of rows, so
 * they are returned as a list. Stateless and thread-safe.
 */
public final class ClientCsvReader {
    private static final Map<String, ContactCategory> FRENCH = Map.ofEntries(
            Map.entry("ancien_client", ContactCategory.FORMER_CLIENT), Map.entry("ex_client", ContactCategory.FORMER_CLIENT),
            Map.entry("client", ContactCategory.CLIENT), Map.entry("prospect", ContactCategory.PROSPECT),
            Map.entry("fournisseur", ContactCategory.SUPPLIER), Map.entry("banquier", ContactCategory.BANKER),
            Map.entry("banque", ContactCategory.BANKER), Map.entry("journaliste", ContactCategory.JOURNALIST),
            Map.entry("prescripteur", ContactCategory.RELATION), Map.entry("influenceur", ContactCategory.RELATION),
            Map.entry("relation", ContactCategory.RELATION));

    private ClientCsvReader() {
    }

    /**
     * Reads every row strictly (the first bad row fails with its sentence); kept for the canonical files.
     *
     * @param targetSrid EPSG code of the CRS of {@link Client#x()}/{@link Client#y()}
     * @throws CsvFormatException naming the file and the row when a row cannot be parsed
     */
    public static List<Client> read(Path file, int targetSrid) throws IOException {
        return read(file, CsvImportOptions.into(targetSrid).strictly()).rows().stream().map(ClientRow::client).toList();
    }

    /**
     * Reads every row, collecting bad rows in the report (unless the options are strict).
     *
     * @throws CsvFormatException for a whole-file problem: missing, not text, empty, no code column, no
     *                            position column, invalid bytes, the first 1000 rows all rejected
     */
    public static CsvImportResult<ClientRow> read(Path file, CsvImportOptions options) throws IOException {
        try (CsvSource source = CsvSource.open(file, FileSchema.CLIENTS, options)) {
            ColumnMap c = source.columns();
            PositionResolver positions = new PositionResolver(c, options.targetSrid(), options.mapping().srid(), options.communes());
            int[] at = new int[CanonicalColumns.CLIENTS.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = c.position(CanonicalColumns.CLIENTS.get(i));
            }
            if (!c.has("category")) {
                source.note("The file has no category column: every row is read as a client.");
            }
            return source.collect(row -> client(row, at, positions), ClientRow::placement);
        }
    }

    private static ClientRow client(CsvRow row, int[] at, PositionResolver positions) {
        String code = row.requiredText(at[0]);
        ContactCategory category = category(row, at[2]);
        positions.resolve(row);
        Client client = new Client(code, row.text(at[1]), category, row.text(at[3]),
                positions.lon(), positions.lat(), positions.x(), positions.y(),
                row.decimal(at[6], 0), row.decimal(at[7], 0), row.integer(at[8], 0),
                row.date(at[9]), row.date(at[10]), incidents(row, at[11]), row.bool(at[12], false), row.bool(at[13], false));
        return new ClientRow(client, positions.placement());
    }

    private static int incidents(CsvRow row, int position) {
        String value = row.cell(position);
        if (!value.isEmpty() && !Character.isDigit(value.charAt(0)) && CellValues.bool(value) != CellValues.NOT_A_BOOLEAN) {
            return CellValues.bool(value);
        }
        int count = row.integer(position, 0);
        if (count < 0) {
            throw row.fail("the " + row.columnName(position) + " cell " + count + " is negative");
        }
        return count;
    }

    private static ContactCategory category(CsvRow row, int position) {
        String value = row.cell(position);
        if (value.isEmpty()) {
            return ContactCategory.CLIENT;
        }
        ContactCategory french = FRENCH.get(ColumnNames.normalize(value));
        if (french != null) {
            return french;
        }
        try {
            return ContactCategory.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw row.fail("the category \"" + value + "\" is not one of client, former_client, prospect, supplier, "
                    + "banker, journalist, relation");
        }
    }
}
