package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeJsonTest {
    @Test
    void writesTypedValuesInFieldOrder() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("Z", "texte \"quoted\" é");
        attributes.put("A", 42L);
        attributes.put("D", 2.5);
        attributes.put("B", false);
        attributes.put("W", LocalDate.of(2024, 2, 29));
        attributes.put("N", null);
        String json = AttributeJson.write(attributes);
        assertEquals("{\"Z\":\"texte \\\"quoted\\\" é\",\"A\":42,\"D\":2.5,\"B\":false,\"W\":{\"date\":\"2024-02-29\"},\"N\":null}", json);
        assertEquals(attributes, AttributeJson.read(json));
    }

    @Test
    void widensSmallNumbersAndNullsNonFiniteDoubles() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("I", 7);
        attributes.put("F", 1.5f);
        attributes.put("NAN", Double.NaN);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("I", 7L);
        expected.put("F", 1.5);
        expected.put("NAN", null);
        assertEquals(expected, AttributeJson.read(AttributeJson.write(attributes)));
    }

    @Test
    void refusesOtherTypesNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeJson.write(Map.of("WHEN", new java.util.Date(0))));
        assertEquals("Attribute 'WHEN' holds a Date, which a layer cannot store (text, whole number, decimal, boolean or date only).",
                e.getMessage());
    }
}
