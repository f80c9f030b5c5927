package org.geoprospect.io.geojson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON file (RFC 7946: a FeatureCollection, a single Feature or a bare geometry) as one
 * vector layer, streaming feature by feature so that large files need little memory.
 *
 * <p>The layer's geometry family is that of the first feature with a geometry; features of another
 * family, without geometry or with an invalid one are skipped with a warning naming their position —
 * never silently. Property values become String, Long, Double, Boolean or null; nested objects and
 * arrays are kept as their JSON text. Coordinates are WGS84 longitude/latitude (RFC 7946) unless the
 * file carries a legacy {@code "crs"} member naming an EPSG code.
 */
public final class GeoJsonReader {
    private static final int MAX_WARNINGS = 100;
    private static final Pattern EPSG_NAME = Pattern.compile("EPSG:{1,2}(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GeoJsonGeometries geometries = new GeoJsonGeometries(new GeometryFactory());
    private final Path file;
    private final List<String> warnings = new ArrayList<>();
    private final List<VectorFeature> features = new ArrayList<>();
    private int suppressedWarnings;
    private GeometryKind kind;
    private int srid = 4326;
    private long read;
    private boolean sawFeaturesArray;

    private GeoJsonReader(Path file) {
        this.file = file;
    }

    /**
     * Reads a GeoJSON file.
     *
     * @throws GeoJsonFormatException with one sentence when the file is not GeoJSON or holds no geometry
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    public static GeoJsonData read(Path file, ProgressMonitor monitor) throws IOException {
        return new GeoJsonReader(file).readAll(monitor);
    }

    private GeoJsonData readAll(ProgressMonitor monitor) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new GeoJsonFormatException("The GeoJSON file " + file + " does not exist; check the path.", e);
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notGeoJson("it does not start with a JSON object");
            }
            readTopLevel(parser, monitor, size);
        } catch (JsonParseException e) {
            throw notGeoJson("it is not valid JSON near line " + e.getLocation().getLineNr());
        } catch (java.io.CharConversionException e) {
            // Jackson guesses the encoding from the first bytes; damaged ones can look like UTF-16/32.
            throw notGeoJson("it is not UTF-8 text (GeoJSON is always UTF-8)");
        }
        if (kind == null) {
            throw new GeoJsonFormatException("The GeoJSON file " + file.getFileName() + " holds no feature with a geometry"
                    + (read > 0 ? " (" + read + " features read)" : "") + "; check that it is the right file.");
        }
        if (suppressedWarnings > 0) {
            warnings.add("… and " + suppressedWarnings + " more features skipped for the same kinds of reasons.");
        }
        return new GeoJsonData(kind, features, read, srid, warnings);
    }

    /** Walks the top-level object, streaming the "features" array and buffering anything else. */
    private void readTopLevel(JsonParser parser, ProgressMonitor monitor, long size) throws IOException {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("features") && value == JsonToken.START_ARRAY) {
                sawFeaturesArray = true;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    addFeature(MAPPER.readTree(parser));
                    if (read % 1024 == 0) {
                        monitor.checkCancelled();
                        monitor.progress(parser.currentLocation().getByteOffset(), size);
                    }
                }
            } else {
                members.put(name, MAPPER.readTree(parser));
            }
        }
        readLegacyCrs(members.get("crs"));
        String type = members.containsKey("type") ? members.get("type").asText() : "";
        switch (type) {
            case "FeatureCollection" -> {
                if (!sawFeaturesArray) {
                    throw notGeoJson("its FeatureCollection has no \"features\" array");
                }
            }
            case "Feature" -> addFeature(MAPPER.valueToTree(members));
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" -> {
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("geometry", members);
                addFeature(MAPPER.valueToTree(feature));
            }
            default -> throw notGeoJson(type.isEmpty() ? "its top-level object has no \"type\"" : "its type '" + type + "' is not a GeoJSON type");
        }
    }

    private void readLegacyCrs(JsonNode crs) throws GeoJsonFormatException {
        if (crs == null || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asText("");
        Matcher matcher = EPSG_NAME.matcher(name);
        if (matcher.find()) {
            srid = Integer.parseInt(matcher.group(1));
        } else if (!name.contains("CRS84")) {
            throw new GeoJsonFormatException("The GeoJSON file " + file.getFileName() + " names a coordinate system '" + name
                    + "' that is not an EPSG code; convert it to WGS84 (RFC 7946) or give --srid.");
        }
    }

    private void addFeature(JsonNode feature) {
        read++;
        JsonNode geometryNode = feature.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            warn("Feature " + read + " has no geometry and was skipped.");
            return;
        }
        Geometry geometry;
        GeometryKind featureKind;
        try {
            geometry = geometries.toJts(geometryNode);
            featureKind = GeometryKind.ofJtsType(geometry.getGeometryType());
        } catch (IllegalArgumentException e) {
            warn("Feature " + read + " was skipped: its geometry is " + e.getMessage() + ".");
            return;
        }
        if (kind == null) {
            kind = featureKind;
        } else if (featureKind != kind) {
            warn("Feature " + read + " is a " + geometry.getGeometryType() + " in a layer of " + kind.name().toLowerCase()
                    + "s and was skipped; split the file by geometry type to import it.");
            return;
        }
        features.add(new VectorFeature(read, geometry, properties(feature.get("properties"))));
    }

    private static Map<String, Object> properties(JsonNode node) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return attributes;
        }
        Iterator<Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Entry<String, JsonNode> field = fields.next();
            attributes.put(field.getKey(), value(field.getValue()));
        }
        return attributes;
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.toString();
    }

    private void warn(String sentence) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(sentence);
        } else {
            suppressedWarnings++;
        }
    }

    private GeoJsonFormatException notGeoJson(String why) {
        return new GeoJsonFormatException("The file " + file.getFileName() + " is not GeoJSON: " + why
                + "; export it again as GeoJSON (RFC 7946).");
    }
}
