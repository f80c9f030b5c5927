package org.geoprospect.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.geoprospect.model.Channel;

/**
 * A column of an exported list. The anonymous code is always the first column; personal columns
 * appear only in contact lists, by default those the channel needs, others only when asked for.
 */
public enum ExportColumn {
    ANON_CODE("anon_code", false),
    FIRST_NAME("first_name", true),
    LAST_NAME("last_name", true),
    EMAIL("email", true),
    PHONE("phone", true),
    ADDRESS("address", true),
    POSTAL_CODE("postal_code", true),
    CITY("city", true),
    COMMUNE("commune_insee", false),
    SECTOR("sector", false),
    INTERESTS("interests", false);

    private final String code;
    private final boolean personal;

    ExportColumn(String code, boolean personal) {
        this.code = code;
        this.personal = personal;
    }

    /** The header written in the file ({@code first_name}, {@code commune_insee}...). */
    public String code() {
        return code;
    }

    /** Whether the column holds a personal field (name, address, phone, email). */
    public boolean personal() {
        return personal;
    }

    /**
     * The column of a header name, case-insensitive ({@code commune} is accepted for {@code commune_insee}).
     *
     * @throws IllegalArgumentException with one sentence listing the known columns
     */
    public static ExportColumn fromCode(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (key.equals("commune")) {
            return COMMUNE;
        }
        for (ExportColumn column : values()) {
            if (column.code.equals(key)) {
                return column;
            }
        }
        throw new IllegalArgumentException("Unknown export column \"" + text + "\"; use "
                + Arrays.stream(values()).map(ExportColumn::code).collect(Collectors.joining(", ")) + ".");
    }

    /** The columns a contact list on this channel has by default (after the anonymous code). */
    public static List<ExportColumn> defaultsFor(Channel channel) {
        return switch (channel) {
            case EMAIL -> List.of(FIRST_NAME, LAST_NAME, EMAIL);
            case SMS, PHONE -> List.of(FIRST_NAME, LAST_NAME, PHONE);
            case POSTAL -> List.of(FIRST_NAME, LAST_NAME, ADDRESS, POSTAL_CODE, CITY);
        };
    }

    /** The columns of a pseudonymised list by default (after the anonymous code). */
    public static List<ExportColumn> pseudonymisedDefaults() {
        return List.of(COMMUNE, SECTOR, INTERESTS);
    }
}
