package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Competitor;

/**
 * Reads a competitors file in the canonical format ({@link CanonicalColumns#COMPETITORS}). Code, lon,
 * lat and a positive attractiveness are required. Stateless and thread-safe.
 */
public final class CompetitorCsvReader {
    private CompetitorCsvReader() {
    }

    /**
     * Reads every row.
     *
     * @param targetSrid EPSG code of the CRS of {@link Competitor#x()}/{@link Competitor#y()}
     * @throws CsvFormatException naming the file and the row when a row cannot be parsed
     */
    public static List<Competitor> read(Path file, int targetSrid) throws IOException {
        CoordinateTransform toTarget = CoordinateTransform.between(Srids.WGS84, targetSrid);
        try (CsvRecordReader records = new CsvRecordReader(CsvFiles.openReader(file), CsvFiles.name(file))) {
            CsvHeader header = CsvFiles.readHeader(records, CanonicalColumns.COMPETITORS);
            int[] at = header.positionsOf(CanonicalColumns.COMPETITORS);
            CsvRow row = new CsvRow(header);
            List<Competitor> competitors = new ArrayList<>();
            String[] cells;
            while ((cells = records.next()) != null) {
                row.reset(cells, records.row());
                String code = row.requiredText(at[0]);
                double lon = row.decimalWithin(at[3], -180, 180);
                double lat = row.decimalWithin(at[4], -90, 90);
                double attractiveness = row.decimal(at[5]);
                if (attractiveness <= 0) {
                    throw row.fail("the attractiveness cell " + row.cell(at[5]) + " is not greater than 0");
                }
                double[] xy = toTarget.transform(lon, lat);
                competitors.add(new Competitor(code, row.text(at[1]), row.text(at[2]), lon, lat, xy[0], xy[1], attractiveness));
            }
            return competitors;
        }
    }
}
