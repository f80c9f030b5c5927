package org.geoprospect.geo.crs;

import java.util.ArrayList;
import java.util.List;

/**
 * The EPSG codes of the recognised CRSs, with their datum and the ESRI names GDAL and ArcGIS write.
 *
 * <p>Only codes, datums and names live here; parameters come from the CTS registry and areas from
 * {@code areas-of-use.tsv}. The ESRI spellings were checked against {@code gdalsrsinfo -o wkt_esri}
 * (see the test resources of this package).
 */
final class CatalogueCodes {
    /** One catalogue line before parameters and area are attached. */
    record Line(int code, GeodeticDatum datum, List<String> aliases) {
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private CatalogueCodes() {
    }

    static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(4326, GeodeticDatum.WGS84, List.of("GCS_WGS_1984", "WGS_1984", "WGS84")));
        lines.add(new Line(4267, GeodeticDatum.NAD27, List.of("GCS_North_American_1927", "NAD_1927")));
        lines.add(new Line(4269, GeodeticDatum.NAD83, List.of("GCS_North_American_1983", "NAD_1983")));
        lines.add(new Line(4258, GeodeticDatum.ETRS89, List.of("GCS_ETRS_1989", "ETRS_1989")));
        lines.add(new Line(4171, GeodeticDatum.RGF93, List.of("GCS_RGF_1993", "RGF93 v1", "RGF_1993")));
        lines.add(new Line(2154, GeodeticDatum.RGF93, List.of("RGF_1993_Lambert_93", "RGF93_Lambert_93",
                "RGF93 v1 / Lambert-93", "Lambert-93", "Lambert 93")));
        for (int cc = 42; cc <= 50; cc++) {
            lines.add(new Line(3900 + cc, GeodeticDatum.RGF93, List.of("RGF_1993_CC" + cc, "RGF93_CC" + cc,
                    "RGF93 v1 / CC" + cc)));
        }
        for (int zone = 1; zone <= 4; zone++) {
            List<String> names = new ArrayList<>(List.of("NTF_Paris_Lambert_Zone_" + ROMAN[zone - 1]));
            if (zone == 2) {
                // "Lambert II étendu" is what French users call EPSG:27572; IGN and old ArcGIS wrote it so.
                names.addAll(List.of("NTF_Paris_Lambert_II_etendu", "NTF (Paris) / Lambert II etendu",
                        "Lambert_II_etendu", "NTF_Lambert_II_etendu", "Lambert II étendu"));
            }
            lines.add(new Line(27570 + zone, GeodeticDatum.NTF, names));
        }
        String[] carto = {"Nord_France", "Centre_France", "Sud_France", "Corse"};
        for (int zone = 1; zone <= 4; zone++) {
            lines.add(new Line(27560 + zone, GeodeticDatum.NTF, List.of("NTF_Paris_Lambert_" + carto[zone - 1])));
        }
        lines.add(new Line(3857, GeodeticDatum.WGS84, List.of("WGS_1984_Web_Mercator_Auxiliary_Sphere",
                "WGS_1984_Web_Mercator", "Google Maps Global Mercator", "Popular Visualisation CRS / Mercator")));
        for (int zone = 1; zone <= 60; zone++) {
            lines.add(utm(32600 + zone, GeodeticDatum.WGS84, "WGS_1984", zone, "N"));
            lines.add(utm(32700 + zone, GeodeticDatum.WGS84, "WGS_1984", zone, "S"));
        }
        for (int zone = 28; zone <= 38; zone++) {
            lines.add(utm(25800 + zone, GeodeticDatum.ETRS89, "ETRS_1989", zone, "N"));
        }
        for (int zone = 1; zone <= 23; zone++) {
            lines.add(utm(26900 + zone, GeodeticDatum.NAD83, "NAD_1983", zone, "N"));
        }
        for (int zone = 1; zone <= 22; zone++) {
            lines.add(utm(26700 + zone, GeodeticDatum.NAD27, "NAD_1927", zone, "N"));
        }
        return lines;
    }

    private static Line utm(int code, GeodeticDatum datum, String esriDatum, int zone, String hemisphere) {
        return new Line(code, datum, List.of(esriDatum + "_UTM_Zone_" + zone + hemisphere));
    }
}
