package org.geoprospect.tour;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.geoprospect.io.export.StagedFile;

/**
 * The tour for the field, in the two formats phone map apps and Google Earth open: KML 2.2 ({@value #KML})
 * and GeoJSON (RFC 7946, {@value #GEOJSON}). One numbered point per stop in visiting order, with what the
 * contact sheet may print of it (the personal fields arrive already approved, see {@link TourStop}), and one
 * line per day from the start through its stops to the end, in WGS84 longitude/latitude. The KML speaks the
 * pack's language; the GeoJSON is data: codes (interests, kinds) beside their words. Each file is written
 * atomically. Stateless.
 */
final class TourFieldFiles {
    static final String KML = "tour.kml";
    static final String GEOJSON = "tour.geojson";
    private static final String KML_NS = "http://www.opengis.net/kml/2.2";

    private TourFieldFiles() {
    }

    /** Writes {@value #KML}: a folder per day with its numbered placemarks and its route. */
    static void writeKml(Path target, TourPackWriter.Pack pack, List<TourPackRows.Visit> visits, TourPackTexts texts)
            throws IOException {
        try (StagedFile staged = StagedFile.create(target)) {
            try (OutputStream out = staged.stream()) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("kml");
                xml.writeDefaultNamespace(KML_NS);
                xml.writeStartElement("Document");
                text(xml, "name", texts.get("field.document", Date.from(pack.date().atStartOfDay(ZoneId.systemDefault()).toInstant())));
                for (DayPlan day : pack.days()) {
                    style(xml, "day" + day.day(), TourMapOverlay.dayColour(day.day()));
                }
                for (DayPlan day : pack.days()) {
                    xml.writeStartElement("Folder");
                    text(xml, "name", texts.get("field.day", day.day()));
                    for (TourPackRows.Visit v : visits) {
                        if (v.day() == day) {
                            placemark(xml, v, texts);
                        }
                    }
                    route(xml, pack, day, texts);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("The KML file " + target.getFileName() + " could not be written: " + e.getMessage(), e);
            }
            staged.publish();
        }
    }

    /** Writes {@value #GEOJSON}: a point feature per stop, then a line feature per day. */
    static void writeGeoJson(Path target, TourPackWriter.Pack pack, List<TourPackRows.Visit> visits, TourPackTexts texts)
            throws IOException {
        try (StagedFile staged = StagedFile.create(target)) {
            try (OutputStream out = staged.stream();
                 JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
                for (TourPackRows.Visit v : visits) {
                    stopFeature(json, v, texts);
                }
                for (DayPlan day : pack.days()) {
                    json.writeStartObject();
                    json.writeStringField("type", "Feature");
                    json.writeObjectFieldStart("geometry");
                    json.writeStringField("type", "LineString");
                    json.writeArrayFieldStart("coordinates");
                    for (double[] lonLat : routeOf(pack, day)) {
                        json.writeStartArray();
                        json.writeNumber(round6(lonLat[0]));
                        json.writeNumber(round6(lonLat[1]));
                        json.writeEndArray();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeObjectFieldStart("properties");
                    json.writeStringField("kind", "route");
                    json.writeNumberField("day", day.day());
                    json.writeStringField("label", texts.get("field.route", day.day()));
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            staged.publish();
        }
    }

    private static void stopFeature(JsonGenerator json, TourPackRows.Visit v, TourPackTexts texts) throws IOException {
        TourStop s = v.stop();
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(round6(s.lon()));
        json.writeNumber(round6(s.lat()));
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeNumberField("stop", v.number());
        json.writeNumberField("day", v.day().day());
        json.writeStringField("arrival", v.arrival());
        json.writeStringField("kind", s.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("code", s.code());
        nullable(json, "name", s.name());
        nullable(json, "address", s.address());
        nullable(json, "phone", s.phone());
        nullable(json, "commune", s.commune().isEmpty() ? null : s.commune());
        json.writeArrayFieldStart("interests");
        for (String code : s.interests()) {
            json.writeString(code);
        }
        json.writeEndArray();
        json.writeStringField("interestLabels", texts.interests(s.interests()));
        TourStop.ClientMetrics m = s.clientMetrics();
        if (m != null) {
            json.writeStringField("clientCategory", m.category());
            json.writeNumberField("revenue", m.revenue());
            json.writeNumberField("grossMargin", m.grossMargin());
        }
        json.writeStringField("mapExtract", v.extract());
        json.writeNumberField("pdfPage", v.page());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void placemark(XMLStreamWriter xml, TourPackRows.Visit v, TourPackTexts texts) throws XMLStreamException {
        TourStop s = v.stop();
        xml.writeStartElement("Placemark");
        text(xml, "name", texts.get("field.stopName", v.number(), s.name() != null ? s.code() + " · " + s.name() : s.code()));
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("field.arrival", v.arrival(), v.day().day()));
        lines.add(s.address() != null ? s.address() : TourPackRows.position(s, texts));
        if (s.phone() != null) {
            lines.add(s.phone());
        }
        String about = TourPackRows.about(s, texts);
        if (!about.isEmpty()) {
            lines.add(about);
        }
        lines.add(texts.get("sheet.mapRef", v.page(), v.extract()));
        text(xml, "description", String.join("\n", lines));
        text(xml, "styleUrl", "#day" + v.day().day());
        xml.writeStartElement("Point");
        text(xml, "coordinates", lonLat(s.lon(), s.lat()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void route(XMLStreamWriter xml, TourPackWriter.Pack pack, DayPlan day, TourPackTexts texts)
            throws XMLStreamException {
        xml.writeStartElement("Placemark");
        text(xml, "name", texts.get("field.route", day.day()));
        text(xml, "styleUrl", "#day" + day.day());
        xml.writeStartElement("LineString");
        text(xml, "tessellate", "1");
        List<String> coordinates = new ArrayList<>();
        for (double[] p : routeOf(pack, day)) {
            coordinates.add(lonLat(p[0], p[1]));
        }
        text(xml, "coordinates", String.join(" ", coordinates));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The day's places in order, in WGS84: the start, its stops, the end. */
    private static List<double[]> routeOf(TourPackWriter.Pack pack, DayPlan day) {
        List<double[]> route = new ArrayList<>();
        route.add(pack.startLonLat());
        for (int place : day.stops()) {
            TourStop s = pack.stops().get(place);
            route.add(new double[] {s.lon(), s.lat()});
        }
        route.add(pack.endLonLat());
        return route;
    }

    /** KML colours are aabbggrr. */
    private static void style(XMLStreamWriter xml, String id, int rgb) throws XMLStreamException {
        String abgr = String.format(Locale.ROOT, "ff%02x%02x%02x", rgb & 0xff, (rgb >> 8) & 0xff, (rgb >> 16) & 0xff);
        xml.writeStartElement("Style");
        xml.writeAttribute("id", id);
        xml.writeStartElement("IconStyle");
        text(xml, "color", abgr);
        xml.writeEndElement();
        xml.writeStartElement("LineStyle");
        text(xml, "color", abgr);
        text(xml, "width", "3");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    /** Six decimals (about 0.1 m), as RFC 7946 advises. */
    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String lonLat(double lon, double lat) {
        return String.format(Locale.ROOT, "%.6f,%.6f", lon, lat);
    }
}
