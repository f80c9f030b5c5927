package org.geoprospect.privacy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export did.
 *
 * @param exported rows written
 * @param excluded households left out, by reason (every reason present, zero when none)
 * @param file     the CSV written
 * @param sidecar  its JSON description
 * @param auditId  the audit-log row's id
 */
public record ExportResult(long exported, Map<ContactRefusal, Long> excluded, Path file, Path sidecar, long auditId) {
    public ExportResult {
        EnumMap<ContactRefusal, Long> copy = new EnumMap<>(ContactRefusal.class);
        for (ContactRefusal reason : ContactRefusal.values()) {
            copy.put(reason, excluded.getOrDefault(reason, 0L));
        }
        excluded = java.util.Collections.unmodifiableMap(copy);
    }

    /** The exclusions keyed as in JSON ({@code noConsent}, {@code objection}, {@code retention}, {@code noContactDetails}). */
    public Map<String, Long> excludedByKey() {
        Map<String, Long> byKey = new LinkedHashMap<>();
        excluded.forEach((reason, count) -> byKey.put(reason.key(), count));
        return byKey;
    }

    /** The total left out. */
    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The summary printed with {@code --json}: {@code {exported, excluded: {...}, file, sidecar}}. */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exported", exported);
        map.put("excluded", excludedByKey());
        map.put("file", file.toString());
        map.put("sidecar", sidecar.toString());
        return map;
    }
}
