package org.geoprospect.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes a feature's attributes as a JSON object that keeps field order and value types:
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}, and {@code LocalDate}
 * written as {@code {"date":"2024-05-01"}} so that it reads back as a date, not as text.
 * Other integral numbers read back as {@code Long}, other decimals as {@code Double}; a NaN or
 * infinite double is stored as null (JSON has no such numbers). Thread-safe.
 */
final class AttributeJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String DATE = "date";

    private AttributeJson() {
    }

    /** Encodes the attributes; throws IllegalArgumentException naming the field of an unsupported value. */
    static String write(Map<String, Object> attributes) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> entry : attributes.entrySet()) {
                json.writeFieldName(entry.getKey());
                writeValue(json, entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to a string failed", e);
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator json, String field, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                json.writeNumber(number);
            } else {
                json.writeNull();
            }
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal.doubleValue());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof LocalDate date) {
            json.writeStartObject();
            json.writeStringField(DATE, date.toString());
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("Attribute '" + field + "' holds a " + value.getClass().getSimpleName()
                    + ", which a layer cannot store (text, whole number, decimal, boolean or date only).");
        }
    }

    /** Decodes attributes written by {@link #write}, in their original order. */
    static Map<String, Object> read(String text) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        try (JsonParser json = FACTORY.createParser(text)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                attributes.put(field, readValue(json, json.nextToken()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Stored feature attributes are not valid JSON: " + e.getMessage(), e);
        }
        return attributes;
    }

    private static Object readValue(JsonParser json, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> json.getText();
            case VALUE_NUMBER_INT -> json.getLongValue();
            case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case START_OBJECT -> readDate(json);
            default -> throw new IOException("unexpected " + token);
        };
    }

    private static LocalDate readDate(JsonParser json) throws IOException {
        expect(json.nextToken(), JsonToken.FIELD_NAME);
        if (!DATE.equals(json.currentName())) {
            throw new IOException("unexpected object field " + json.currentName());
        }
        expect(json.nextToken(), JsonToken.VALUE_STRING);
        LocalDate date = LocalDate.parse(json.getText());
        expect(json.nextToken(), JsonToken.END_OBJECT);
        return date;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
