package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * Reads a clients file in the canonical format ({@link CanonicalColumns#CLIENTS}). Empty revenue,
 * margin and count cells read as 0, empty dates as null, empty booleans as false; code, category, lon
 * and lat are required. A customer file has hundreds or thousands of rows, so they are returned as a
 * list. Stateless and thread-safe.
 */
public final class ClientCsvReader {
    private ClientCsvReader() {
    }

    /**
     * Reads every row.
     *
     * @param targetSrid EPSG code of the CRS of {@link Client#x()}/{@link Client#y()}
     * @throws CsvFormatException naming the file and the row when a row cannot be parsed
     */
    public static List<Client> read(Path file, int targetSrid) throws IOException {
        CoordinateTransform toTarget = CoordinateTransform.between(Srids.WGS84, targetSrid);
        try (CsvRecordReader records = new CsvRecordReader(CsvFiles.openReader(file), CsvFiles.name(file))) {
            CsvHeader header = CsvFiles.readHeader(records, CanonicalColumns.CLIENTS);
            int[] at = header.positionsOf(CanonicalColumns.CLIENTS);
            CsvRow row = new CsvRow(header);
            List<Client> clients = new ArrayList<>();
            String[] cells;
            while ((cells = records.next()) != null) {
                row.reset(cells, records.row());
                clients.add(client(row, at, toTarget));
            }
            return clients;
        }
    }

    private static Client client(CsvRow row, int[] at, CoordinateTransform toTarget) {
        String code = row.requiredText(at[0]);
        ContactCategory category = category(row, at[2]);
        double lon = row.decimalWithin(at[4], -180, 180);
        double lat = row.decimalWithin(at[5], -90, 90);
        double[] xy = toTarget.transform(lon, lat);
        return new Client(code, row.text(at[1]), category, row.text(at[3]), lon, lat, xy[0], xy[1],
                row.decimal(at[6], 0), row.decimal(at[7], 0), row.integer(at[8], 0),
                row.date(at[9]), row.date(at[10]), row.integer(at[11], 0), row.bool(at[12], false), row.bool(at[13], false));
    }

    private static ContactCategory category(CsvRow row, int position) {
        String value = row.requiredText(position);
        try {
            return ContactCategory.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw row.fail("the category \"" + value + "\" is not one of client, former_client, prospect, supplier, "
                    + "banker, journalist, relation");
        }
    }
}
