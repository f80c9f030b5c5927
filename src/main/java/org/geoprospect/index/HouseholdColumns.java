package org.geoprospect.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Interests;

/**
 * The project's households held as columns (one primitive array per attribute) for interactive
 * work: selection, criteria, aggregation and drawing over a million households without one object
 * per household. A household is identified by its <em>id</em>, its position 0..{@link #size()}-1 in
 * the order the builder received it.
 *
 * <p>Layout and memory, per household (measured sizes in the benchmark; about 50 bytes):
 * <ul>
 *   <li>x, y in the project CRS: two {@code double} (16 B);</li>
 *   <li>anonymous code: its UTF-8 bytes in one shared {@code byte[]} plus an {@code int} offset
 *       (8 + 4 B for "H0000001"; a {@code String[]} would cost about 56 B per household);</li>
 *   <li>commune: a {@code char} number into {@link #communeCodes()} (2 B; France has under 35,000 communes);</li>
 *   <li>interests: an {@code int} bit mask, bit k = {@code Interests.VOCABULARY.get(k)} (4 B); codes
 *       outside the vocabulary are ignored;</li>
 *   <li>household size, age band, income band, consent source: one {@code byte} each (4 B);</li>
 *   <li>consents: a {@code byte} mask, bit = {@link Channel#ordinal()} (1 B), and a date per channel
 *       packed into a {@code char} (8 B);</li>
 *   <li>last contact date: a packed {@code char} (2 B).</li>
 * </ul>
 * Dates come out as epoch days (days since 1970-01-01) or {@link #NO_DATE}; bands and communes as
 * their number, or {@link #UNKNOWN}, with the string tables beside.
 *
 * <p>Immutable once built ({@link HouseholdColumnsBuilder}); safe to share between threads. Arguments
 * are not checked beyond what the arrays check: an id outside 0..size-1 throws
 * {@link ArrayIndexOutOfBoundsException}.
 */
public final class HouseholdColumns {
    /** Returned for a missing date. */
    public static final int NO_DATE = -1;
    /** Returned for a missing band, commune or source. */
    public static final int UNKNOWN = -1;

    final int size;
    final double[] x;
    final double[] y;
    final byte[] codeBytes;
    final int[] codeStart;
    final char[] commune;
    final int[] interests;
    final byte[] householdSize;
    final byte[] ageBand;
    final byte[] incomeBand;
    final byte[] consentSource;
    final byte[] consentMask;
    final char[][] consentDate;
    final char[] lastContact;
    private final List<String> communeCodes;
    private final List<String> ageBands;
    private final List<String> incomeBands;
    private final List<String> consentSources;

    HouseholdColumns(int size, double[] x, double[] y, byte[] codeBytes, int[] codeStart, char[] commune,
                     int[] interests, byte[] householdSize, byte[] ageBand, byte[] incomeBand, byte[] consentSource,
                     byte[] consentMask, char[][] consentDate, char[] lastContact, List<String> communeCodes,
                     List<String> ageBands, List<String> incomeBands, List<String> consentSources) {
        this.size = size;
        this.x = x;
        this.y = y;
        this.codeBytes = codeBytes;
        this.codeStart = codeStart;
        this.commune = commune;
        this.interests = interests;
        this.householdSize = householdSize;
        this.ageBand = ageBand;
        this.incomeBand = incomeBand;
        this.consentSource = consentSource;
        this.consentMask = consentMask;
        this.consentDate = consentDate;
        this.lastContact = lastContact;
        this.communeCodes = communeCodes;
        this.ageBands = ageBands;
        this.incomeBands = incomeBands;
        this.consentSources = consentSources;
    }

    /** A builder to fill from {@code HouseholdRepository.forEach(builder::add, monitor)}. */
    public static HouseholdColumnsBuilder builder() {
        return new HouseholdColumnsBuilder(1024);
    }

    /** A builder sized for about {@code expectedSize} households (it still grows beyond). */
    public static HouseholdColumnsBuilder builder(int expectedSize) {
        return new HouseholdColumnsBuilder(expectedSize);
    }

    /** The number of households. */
    public int size() {
        return size;
    }

    /** Easting in the project CRS. */
    public double x(int id) {
        return x[id];
    }

    /** Northing in the project CRS. */
    public double y(int id) {
        return y[id];
    }

    /** The anonymous code (decoded on each call: keep it for the few households shown). */
    public String anonCode(int id) {
        return new String(codeBytes, codeStart[id], codeStart[id + 1] - codeStart[id], StandardCharsets.UTF_8);
    }

    /**
     * The id of the household with that code, or -1. A linear scan (about 5 ms per million households):
     * meant for occasional look-ups, not for joins.
     */
    public int idOfCode(String anonCode) {
        byte[] wanted = anonCode.getBytes(StandardCharsets.UTF_8);
        for (int id = 0; id < size; id++) {
            int start = codeStart[id];
            if (codeStart[id + 1] - start == wanted.length
                    && java.util.Arrays.equals(codeBytes, start, start + wanted.length, wanted, 0, wanted.length)) {
                return id;
            }
        }
        return -1;
    }

    /** The commune's number in {@link #communeCodes()}, or {@link #UNKNOWN}. */
    public int communeIndex(int id) {
        return commune[id] - 1;
    }

    /** The commune's INSEE code, or null. */
    public String communeCode(int id) {
        int index = communeIndex(id);
        return index < 0 ? null : communeCodes.get(index);
    }

    /** The distinct commune codes, by number. */
    public List<String> communeCodes() {
        return communeCodes;
    }

    /** The interests as a bit mask: bit k set when the household has {@code Interests.VOCABULARY.get(k)}. */
    public int interestMask(int id) {
        return interests[id];
    }

    /** The bit of an interest code in {@link #interestMask}, or 0 when the code is not in the vocabulary. */
    public static int interestBit(String interestCode) {
        int k = Interests.VOCABULARY.indexOf(interestCode);
        return k < 0 ? 0 : 1 << k;
    }

    /** Whether the household has any of the interests in {@code mask}. */
    public boolean hasAnyInterest(int id, int mask) {
        return (interests[id] & mask) != 0;
    }

    /** Number of persons (0 when unknown; sizes above 127 are held as 127). */
    public int householdSize(int id) {
        return householdSize[id];
    }

    /** The age band's number in {@link #ageBands()}, or {@link #UNKNOWN}. */
    public int ageBandIndex(int id) {
        return ageBand[id];
    }

    /** The distinct age bands, by number, in the order first seen. */
    public List<String> ageBands() {
        return ageBands;
    }

    /** The income band's number in {@link #incomeBands()}, or {@link #UNKNOWN}. */
    public int incomeBandIndex(int id) {
        return incomeBand[id];
    }

    /** The distinct income bands, by number, in the order first seen. */
    public List<String> incomeBands() {
        return incomeBands;
    }

    /** The consent source's number in {@link #consentSources()}, or {@link #UNKNOWN}. */
    public int consentSourceIndex(int id) {
        return consentSource[id];
    }

    /** The distinct consent sources, by number. */
    public List<String> consentSources() {
        return consentSources;
    }

    /** The channels with consent granted, as a mask: bit {@code channel.ordinal()}. */
    public int consentMask(int id) {
        return consentMask[id];
    }

    /** Whether consent is granted on that channel. */
    public boolean hasConsent(int id, Channel channel) {
        return (consentMask[id] & (1 << channel.ordinal())) != 0;
    }

    /** The epoch day the channel's consent was recorded, or {@link #NO_DATE}. */
    public int consentDay(int id, Channel channel) {
        return EpochDays.unpack(consentDate[channel.ordinal()][id]);
    }

    /** The epoch day of the last contact, or {@link #NO_DATE} when never contacted. */
    public int lastContactDay(int id) {
        return EpochDays.unpack(lastContact[id]);
    }

    /** Bytes held by the columns' arrays (string tables excluded), for the memory budget. */
    public long memoryBytes() {
        long bytes = 16L * x.length + codeBytes.length + 4L * codeStart.length + 2L * commune.length
                + 4L * interests.length + householdSize.length + ageBand.length + incomeBand.length
                + consentSource.length + consentMask.length + 2L * lastContact.length;
        for (char[] dates : consentDate) {
            bytes += 2L * dates.length;
        }
        return bytes;
    }
}
