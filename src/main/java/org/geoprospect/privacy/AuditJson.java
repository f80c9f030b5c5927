package org.geoprospect.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one Jackson mapper of the privacy package (sidecars, audit details). Thread-safe. */
final class AuditJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AuditJson() {
    }

    /** Compact JSON of a value (maps, lists, records, strings, numbers). */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The export description could not be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Pretty JSON bytes in UTF-8. */
    static byte[] writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The export description could not be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
