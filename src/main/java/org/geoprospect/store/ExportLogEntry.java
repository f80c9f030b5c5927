package org.geoprospect.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One row of the project's audit log: an export or a purge. Describes what was done, never the rows:
 * no name, address, phone, email or anonymous code may appear in any field.
 *
 * @param id            the row's number in the log; 0 for an entry not yet stored
 * @param at            when it happened
 * @param osUser        the operating-system user who did it
 * @param action        {@link #EXPORT} or {@link #PURGE}
 * @param targetName    the exported target's name, or null (current selection, purge)
 * @param channel       the channel's code, {@code pseudonymised}, or null for a purge
 * @param columns       the columns written, in order (empty for a purge)
 * @param count         rows exported, or households purged
 * @param excludedJson  counts of households left out, by reason, as a JSON object; may be null
 * @param fileName      the file written (name only, no folder), or null for a purge
 * @param detailsJson   more context as a JSON object (criteria, cut-off date...), may be null
 */
public record ExportLogEntry(long id, OffsetDateTime at, String osUser, String action, String targetName,
                             String channel, List<String> columns, long count, String excludedJson,
                             String fileName, String detailsJson) {
    /** The action of an export. */
    public static final String EXPORT = "export";
    /** The action of a retention purge. */
    public static final String PURGE = "purge";
    /** The action of taking back objections just recorded by mistake (count only). */
    public static final String OBJECTION_UNDO = "objection-undo";

    public ExportLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(action, "action");
        columns = List.copyOf(columns);
    }
}
