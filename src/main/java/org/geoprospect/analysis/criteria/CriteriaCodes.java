package org.geoprospect.analysis.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Interests;

/**
 * Turns the codes of a {@link Criteria} into what the evaluation loops test (bit masks, flags per band
 * or commune number), and rejects unknown codes with one sentence naming the code and the known ones.
 * Stateless.
 */
final class CriteriaCodes {
    private CriteriaCodes() {
    }

    /** The interest bit mask of the codes. */
    static int interestMask(List<String> codes) {
        int mask = 0;
        for (String code : codes) {
            int bit = HouseholdColumns.interestBit(code.trim().toLowerCase(Locale.ROOT));
            if (bit == 0) {
                throw new IllegalArgumentException("Unknown interest '" + code + "'; known interests: "
                        + String.join(", ", Interests.VOCABULARY) + ".");
            }
            mask |= bit;
        }
        return mask;
    }

    /** A flag per value of {@code table} (by number) set when the value is listed; unknown values match nothing. */
    static boolean[] flags(List<String> table, List<String> wanted) {
        boolean[] flags = new boolean[table.size()];
        for (int k = 0; k < table.size(); k++) {
            flags[k] = wanted.contains(table.get(k));
        }
        return flags;
    }

    /** The channels as a mask of {@code 1 << ordinal}. */
    static int channelMask(List<String> codes) {
        int mask = 0;
        for (String code : codes) {
            mask |= 1 << channel(code).ordinal();
        }
        return mask;
    }

    static Channel channel(String code) {
        try {
            return Channel.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown channel '" + code + "'; use email, sms, phone or postal.", e);
        }
    }

    static ContactCategory category(String code) {
        try {
            return ContactCategory.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown contact category '" + code + "'; use client, former_client, "
                    + "prospect, supplier, banker, journalist or relation.", e);
        }
    }

    /** The sector ids of the codes. */
    static boolean[] sectorFlags(AnalysisData data, List<String> codes) {
        boolean[] flags = new boolean[data.sectors().size()];
        for (String code : codes) {
            int id = data.sectorId(code);
            if (id < 0) {
                throw new IllegalArgumentException("Unknown commercial sector '" + code + "'; the project's sectors are: "
                        + String.join(", ", data.sectors().stream().map(s -> s.code()).toList()) + ".");
            }
            flags[id] = true;
        }
        return flags;
    }

    /** The INSEE codes of the listed communes and of the communes serving the listed postal codes. */
    static List<String> communeCodes(List<String> insee, List<String> postalCodes) {
        List<String> codes = new ArrayList<>(insee);
        if (!postalCodes.isEmpty()) {
            CommuneTable table = CommuneTable.shipped();
            for (String postal : postalCodes) {
                List<Commune> communes = table.byPostalCode(postal.trim());
                if (communes.isEmpty()) {
                    throw new IllegalArgumentException("No commune has the postal code '" + postal
                            + "' in the commune table; check the code.");
                }
                communes.forEach(c -> codes.add(c.insee()));
            }
        }
        return codes;
    }
}
