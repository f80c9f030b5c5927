package org.geoprospect.analysis.potential;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes the masked sector potential as CSV (comma-separated, UTF-8 is the caller's writer's business,
 * RFC 4180 quoting, a header line). No personal field appears here: sectors and counts only.
 */
public final class SectorPotentialCsv {
    static final String HEADER = "sector_code,sector_name,households,matching_prospects,clients,penetration_per_1000,remaining_potential";

    private SectorPotentialCsv() {
    }

    /** Writes the header and one line per row. */
    public static void write(List<SectorPotentialRow> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (SectorPotentialRow r : rows) {
            out.write(String.join(",", quote(r.code()), quote(r.name()), quote(r.households()), quote(r.matchingProspects()),
                    Long.toString(r.clients()),
                    r.penetrationPerThousand() == null ? "" : String.format(Locale.ROOT, "%.2f", r.penetrationPerThousand()),
                    quote(r.remainingPotential())));
            out.write("\r\n");
        }
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
