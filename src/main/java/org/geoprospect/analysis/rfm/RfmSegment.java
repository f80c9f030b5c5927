package org.geoprospect.analysis.rfm;

/**
 * The named RFM segments, from the recency (R), frequency (F) and monetary (M) scores; a client takes the
 * first segment whose rule holds, in this order (docs/ARCHITECTURE.md has the table):
 *
 * <table>
 *   <caption>Segments by score</caption>
 *   <tr><th>segment</th><th>R</th><th>F</th><th>M</th><th>meaning</th></tr>
 *   <tr><td>champions</td><td>4–5</td><td>4–5</td><td>4–5</td><td>recent, frequent, profitable</td></tr>
 *   <tr><td>loyal</td><td>3–5</td><td>4–5</td><td>any</td><td>order often and still recently</td></tr>
 *   <tr><td>cannot lose</td><td>1–2</td><td>4–5</td><td>4–5</td><td>were the best, not seen lately</td></tr>
 *   <tr><td>at risk</td><td>1–2</td><td>3–5</td><td>any</td><td>ordered often, not lately</td></tr>
 *   <tr><td>new</td><td>5</td><td>1</td><td>any</td><td>a first order, very recent</td></tr>
 *   <tr><td>promising</td><td>4–5</td><td>1–2</td><td>any</td><td>recent, few orders yet</td></tr>
 *   <tr><td>potential loyalist</td><td>4–5</td><td>3</td><td>any</td><td>recent, ordering regularly</td></tr>
 *   <tr><td>lost</td><td>1</td><td>1–2</td><td>any</td><td>few orders, long ago</td></tr>
 *   <tr><td>hibernating</td><td>2</td><td>1–2</td><td>any</td><td>few orders, a while ago</td></tr>
 *   <tr><td>needs attention</td><td>3</td><td>1–3</td><td>any</td><td>average on every count</td></tr>
 * </table>
 * Every combination of scores falls in exactly one segment.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, CANNOT_LOSE, AT_RISK, NEW, PROMISING, POTENTIAL_LOYALIST, LOST, HIBERNATING, NEEDS_ATTENTION;

    /** The code used in files and on the command line ({@code champions}, {@code at_risk}…). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The segment of a code; case-insensitive. */
    public static RfmSegment fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown RFM segment '" + code + "'; the segments are: "
                    + String.join(", ", java.util.Arrays.stream(values()).map(RfmSegment::code).toList()) + ".", e);
        }
    }

    /**
     * The segment of three scores, each 1 to 5.
     *
     * @throws IllegalArgumentException when a score is outside 1..5
     */
    public static RfmSegment of(int r, int f, int m) {
        for (int score : new int[] {r, f, m}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("RFM scores run from 1 to 5, not " + score + ".");
            }
        }
        if (r >= 4 && f >= 4 && m >= 4) {
            return CHAMPIONS;
        }
        if (r >= 3 && f >= 4) {
            return LOYAL;
        }
        if (r <= 2 && f >= 4 && m >= 4) {
            return CANNOT_LOSE;
        }
        if (r <= 2 && f >= 3) {
            return AT_RISK;
        }
        if (r == 5 && f == 1) {
            return NEW;
        }
        if (r >= 4 && f <= 2) {
            return PROMISING;
        }
        if (r >= 4) {
            return POTENTIAL_LOYALIST;
        }
        if (r == 1) {
            return LOST;
        }
        if (r == 2) {
            return HIBERNATING;
        }
        return NEEDS_ATTENTION;
    }
}
