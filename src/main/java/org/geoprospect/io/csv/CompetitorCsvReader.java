package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.Competitor;

/**
 * Reads a competitors file: the canonical format ({@link CanonicalColumns#COMPETITORS}) or an export
 * with aliases (enseigne, surface...) and positions as {@link HouseholdCsvReader} documents. Code, a
 * way to place the row and a positive attractiveness are required; a file without an attractiveness
 * column gives every competitor 1 (equal pull, noted in the report). Stateless and thread-safe.
 */
public final class CompetitorCsvReader {
    private CompetitorCsvReader() {
    }

    /**
     * Reads every row strictly (the first bad row fails with its sentence); kept for the canonical files.
     *
     * @param targetSrid EPSG code of the CRS of {@link Competitor#x()}/{@link Competitor#y()}
     * @throws CsvFormatException naming the file and the row when a row cannot be parsed
     */
    public static List<Competitor> read(Path file, int targetSrid) throws IOException {
        return read(file, CsvImportOptions.into(targetSrid).strictly()).rows().stream().map(CompetitorRow::competitor).toList();
    }

    /**
     * Reads every row, collecting bad rows in the report (unless the options are strict).
     *
     * @throws CsvFormatException for a whole-file problem (see {@link ClientCsvReader#read(Path, CsvImportOptions)})
     */
    public static CsvImportResult<CompetitorRow> read(Path file, CsvImportOptions options) throws IOException {
        try (CsvSource source = CsvSource.open(file, FileSchema.COMPETITORS, options)) {
            ColumnMap c = source.columns();
            PositionResolver positions = new PositionResolver(c, options.targetSrid(), options.mapping().srid(), options.communes());
            int code = c.position("code");
            int name = c.position("name");
            int brand = c.position("brand");
            int attractiveness = c.position("attractiveness");
            if (attractiveness < 0) {
                source.note("The file has no attractiveness column: every competitor has attractiveness 1.");
            }
            return source.collect(row -> {
                String id = row.requiredText(code);
                double pull = attractiveness < 0 ? 1 : row.decimal(attractiveness);
                if (pull <= 0) {
                    throw row.fail("the " + row.columnName(attractiveness) + " cell " + row.cell(attractiveness)
                            + " is not greater than 0");
                }
                positions.resolve(row);
                Competitor competitor = new Competitor(id, row.text(name), row.text(brand), positions.lon(), positions.lat(),
                        positions.x(), positions.y(), pull);
                return new CompetitorRow(competitor, positions.placement());
            }, CompetitorRow::placement);
        }
    }
}
