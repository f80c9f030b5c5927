package org.geoprospect.io.shp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files written by GDAL 3.6.2 (see src/test/resources/.../gdal/README.md) read by our reader. */
class GdalWrittenShapefileTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GdalWrittenShapefileTest.class.getResource("gdal/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdal_polygons.shp", "gdal_polygons_1252.shp"})
    void gdalPolygonsAreReadWithHolesTypesAndEncoding(String file) throws Exception {
        ShapefileData data = ShapefileReader.read(resource(file));
        assertEquals(GeometryKind.POLYGON, data.kind());
        assertEquals(Charset.forName("windows-1252"), data.charset());
        assertEquals(2154, data.srid().orElseThrow());
        assertEquals(List.of("nom", "pop", "surf", "creation"), data.fields().stream().map(DbfField::name).toList());
        List<VectorFeature> features = data.features();
        assertEquals(List.of(1L, 2L), features.stream().map(VectorFeature::id).toList());
        assertEquals(List.of("Record 3 of " + file + " has no geometry (null shape) and was skipped."), data.warnings());

        assertTrue(ShpFixtures.wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (10 10, 10 20, 20 20, 20 10, 10 10))")
                .equalsTopo(features.get(0).geometry()));
        assertTrue(ShpFixtures.wkt("MULTIPOLYGON (((200 0, 210 0, 210 10, 200 10, 200 0)),"
                + " ((300 0, 310 0, 310 10, 300 10, 300 0), (302 2, 304 2, 304 4, 302 4, 302 2)))")
                .equalsTopo(features.get(1).geometry()));

        Map<String, Object> first = features.get(0).attributes();
        assertEquals("Ancenis-Saint-Géréon", first.get("nom"));
        assertEquals(11000L, first.get("pop"));
        assertEquals(12.5, first.get("surf"));
        assertEquals(LocalDate.of(2019, 1, 1), first.get("creation"));
        Map<String, Object> second = features.get(1).attributes();
        assertEquals("Sèvremoine", second.get("nom"));
        assertNull(second.get("surf"));
        assertNull(second.get("creation"));
    }
}
