package org.geoprospect.io.shp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geoprospect.io.shp.PrjRecognition.Basis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every catalogue CRS, as GDAL 3.6 writes it in four WKT flavours (see the README beside the files), is
 * recognised as its own code; and still is, by its parameters, once its name and root authority are removed.
 */
class PrjSridGdalOracleTest {
    private static final String FOLDER = "/org/geoprospect/geo/crs/";

    private record Line(int code, String wkt) {
    }

    private static List<Line> read(String file) {
        try (InputStream in = PrjSridGdalOracleTest.class.getResourceAsStream(FOLDER + file)) {
            List<Line> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t", 2);
                lines.add(new Line(Integer.parseInt(cells[0]), cells[1]));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gdal-wkt1-esri.tsv, NAME", "gdal-wkt1.tsv, AUTHORITY", "gdal-wkt-simple.tsv, NAME",
        "gdal-wkt2.tsv, AUTHORITY"})
    void everyGdalTextIsRecognisedAsItsCode(String file, Basis expectedBasis) {
        List<Line> lines = read(file);
        assertEquals(200, lines.size());
        for (Line line : lines) {
            Optional<PrjRecognition> recognition = PrjSrid.recogniseWithReason(line.wkt());
            assertEquals(Optional.of(line.code()), recognition.map(PrjRecognition::srid), line.wkt());
            assertEquals(expectedBasis, recognition.get().basis(), line.wkt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gdal-wkt1-esri.tsv", "gdal-wkt1.tsv", "gdal-wkt-simple.tsv", "gdal-wkt2.tsv"})
    void renamedGdalTextIsRecognisedByParameters(String file) {
        int checked = 0;
        for (Line line : read(file)) {
            String renamed = line.wkt().replaceFirst("\"[^\"]*\"", "\"Renamed CRS\"")
                    .replaceAll(",ID\\[\"EPSG\",\\d+\\]\\]$", "]")
                    .replaceAll(",AUTHORITY\\[\"EPSG\",\"\\d+\"\\]\\]$", "]");
            assertTrue(renamed.startsWith("PROJCS[\"Renamed CRS\"") || renamed.startsWith("GEOGCS[\"Renamed CRS\"")
                    || renamed.startsWith("PROJCRS[\"Renamed CRS\"") || renamed.startsWith("GEOGCRS[\"Renamed CRS\""),
                    renamed);
            Optional<PrjRecognition> recognition = PrjSrid.recogniseWithReason(renamed);
            if (line.code() == 3857 && file.equals("gdal-wkt-simple.tsv")) {
                // Without its PROJ4 extension, GDAL's WKT1 of web Mercator reads as a Mercator_1SP on the WGS84
                // ellipsoid, which is World Mercator (EPSG:3395): refusing to guess is the right answer.
                assertEquals(Optional.empty(), recognition, renamed);
                continue;
            }
            assertEquals(Optional.of(line.code()), recognition.map(PrjRecognition::srid), renamed);
            assertEquals(Basis.PARAMETERS, recognition.get().basis(), renamed);
            checked++;
        }
        assertTrue(checked >= 199);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gdal-wkt1-esri.tsv", "gdal-wkt-simple.tsv"})
    void shiftedFalseEastingIsNotRecognised(String file) {
        for (Line line : read(file)) {
            if (!line.wkt().startsWith("PROJCS")) {
                continue;
            }
            String altered = line.wkt().replaceFirst("\"[^\"]*\"", "\"Renamed CRS\"")
                    .replaceFirst("(?i)(PARAMETER\\[\"false_easting\",)([0-9.]+)", "$11234.5");
            assertTrue(!altered.equals(line.wkt()), altered);
            assertEquals(Optional.empty(), PrjSrid.recogniseWithReason(altered), altered);
        }
    }
}
