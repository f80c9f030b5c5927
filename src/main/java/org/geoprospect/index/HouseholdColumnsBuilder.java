package org.geoprospect.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.Interests;

/**
 * Fills {@link HouseholdColumns} one household at a time, growing its arrays by half each time they
 * are full, then trims them in {@link #build()}. Typical use:
 * {@code HouseholdColumnsBuilder b = HouseholdColumns.builder(count); repository.forEach(b::add, monitor);
 * HouseholdColumns columns = b.build();}
 *
 * <p>Not thread-safe. Single use: {@link #build()} may be called once.
 */
public final class HouseholdColumnsBuilder {
    /** What a bad consent date is called in the error sentence, per channel (built once, not per household). */
    private static final String[] CONSENT_DATE = java.util.Arrays.stream(Channel.values())
            .map(c -> c.code() + " consent date").toArray(String[]::new);

    private static final int CHANNELS = Channel.values().length;

    static {
        if (Interests.VOCABULARY.size() > Integer.SIZE) {
            throw new ExceptionInInitializerError("The interest mask holds 32 interests; the vocabulary has "
                    + Interests.VOCABULARY.size() + ".");
        }
    }

    private final CodeTable communes = new CodeTable("commune codes", Character.MAX_VALUE);
    private final CodeTable ageBands = new CodeTable("age bands", Byte.MAX_VALUE);
    private final CodeTable incomeBands = new CodeTable("income bands", Byte.MAX_VALUE);
    private final CodeTable sources = new CodeTable("consent sources", Byte.MAX_VALUE);
    private int size;
    private double[] x;
    private double[] y;
    private byte[] codeBytes;
    private int codeLength;
    private int[] codeStart;
    private char[] commune;
    private int[] interests;
    private byte[] householdSize;
    private byte[] ageBand;
    private byte[] incomeBand;
    private byte[] consentSource;
    private byte[] consentMask;
    private final char[][] consentDate = new char[CHANNELS][];
    private char[] lastContact;
    private boolean built;

    HouseholdColumnsBuilder(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        x = new double[capacity];
        y = new double[capacity];
        codeBytes = new byte[capacity * 8];
        codeStart = new int[capacity + 1];
        commune = new char[capacity];
        interests = new int[capacity];
        householdSize = new byte[capacity];
        ageBand = new byte[capacity];
        incomeBand = new byte[capacity];
        consentSource = new byte[capacity];
        consentMask = new byte[capacity];
        for (int c = 0; c < CHANNELS; c++) {
            consentDate[c] = new char[capacity];
        }
        lastContact = new char[capacity];
    }

    /**
     * Appends a household; its id is the number of households added before it.
     *
     * @throws NullPointerException     when the household is null
     * @throws IllegalArgumentException when a date lies outside 1950..2129 or a table overflows
     *                                  (more than 65,535 communes or 127 distinct bands)
     * @throws IllegalStateException    after {@link #build()}
     */
    public void add(Household household) {
        Objects.requireNonNull(household, "household");
        if (built) {
            throw new IllegalStateException("This builder has already built its columns.");
        }
        if (size == x.length) {
            grow();
        }
        int id = size;
        x[id] = household.x();
        y[id] = household.y();
        appendCode(household.anonCode());
        commune[id] = (char) (communes.numberOf(household.communeInsee()) + 1);
        int mask = 0;
        for (String interest : household.interests()) {
            mask |= HouseholdColumns.interestBit(interest);
        }
        interests[id] = mask;
        householdSize[id] = (byte) Math.max(0, Math.min(Byte.MAX_VALUE, household.householdSize()));
        ageBand[id] = (byte) ageBands.numberOf(household.ageBand());
        incomeBand[id] = (byte) incomeBands.numberOf(household.incomeBand());
        consentSource[id] = (byte) sources.numberOf(household.consentSource());
        int consents = 0;
        for (Map.Entry<Channel, Consent> entry : household.consents().entrySet()) {
            Consent consent = entry.getValue();
            int c = entry.getKey().ordinal();
            if (consent != null && consent.granted()) {
                consents |= 1 << c;
            }
            consentDate[c][id] = EpochDays.pack(consent == null ? null : consent.date(), household.anonCode(),
                    CONSENT_DATE[c]);
        }
        consentMask[id] = (byte) consents;
        lastContact[id] = EpochDays.pack(household.lastContactDate(), household.anonCode(), "last contact date");
        size++;
    }

    /**
     * Appends every household of another builder after this one's, in its order, as if each had been
     * {@link #add added} here (ids continue; code tables are merged). Lets two threads each fill a
     * builder with one half of the households and the halves be joined. The other builder cannot be
     * used afterwards.
     *
     * @throws IllegalStateException    when either builder has already built its columns
     * @throws IllegalArgumentException when a merged code table overflows
     */
    public void appendAll(HouseholdColumnsBuilder other) {
        Objects.requireNonNull(other, "other");
        if (built || other.built || other == this) {
            throw new IllegalStateException("Only two distinct builders that have not built their columns can be joined.");
        }
        other.built = true;
        int[] communeOf = remap(other.communes, communes);
        int[] ageOf = remap(other.ageBands, ageBands);
        int[] incomeOf = remap(other.incomeBands, incomeBands);
        int[] sourceOf = remap(other.sources, sources);
        while (x.length < size + other.size) {
            grow();
        }
        int codeShift = codeLength;
        if (codeLength + other.codeLength > codeBytes.length) {
            codeBytes = Arrays.copyOf(codeBytes, codeLength + other.codeLength);
        }
        System.arraycopy(other.codeBytes, 0, codeBytes, codeLength, other.codeLength);
        codeLength += other.codeLength;
        for (int i = 0; i < other.size; i++) {
            int id = size + i;
            codeStart[id + 1] = other.codeStart[i + 1] + codeShift;
            commune[id] = other.commune[i] == 0 ? 0 : (char) (communeOf[other.commune[i] - 1] + 1);
            ageBand[id] = mapped(ageOf, other.ageBand[i]);
            incomeBand[id] = mapped(incomeOf, other.incomeBand[i]);
            consentSource[id] = mapped(sourceOf, other.consentSource[i]);
        }
        System.arraycopy(other.x, 0, x, size, other.size);
        System.arraycopy(other.y, 0, y, size, other.size);
        System.arraycopy(other.interests, 0, interests, size, other.size);
        System.arraycopy(other.householdSize, 0, householdSize, size, other.size);
        System.arraycopy(other.consentMask, 0, consentMask, size, other.size);
        for (int c = 0; c < CHANNELS; c++) {
            System.arraycopy(other.consentDate[c], 0, consentDate[c], size, other.size);
        }
        System.arraycopy(other.lastContact, 0, lastContact, size, other.size);
        size += other.size;
    }

    /** For each number of {@code from}, the number of the same value in {@code into} (added when new). */
    private static int[] remap(CodeTable from, CodeTable into) {
        List<String> values = from.values();
        int[] map = new int[values.size()];
        for (int v = 0; v < map.length; v++) {
            map[v] = into.numberOf(values.get(v));
        }
        return map;
    }

    /** A byte-coded value renumbered; -1 (no value) stays -1. */
    private static byte mapped(int[] map, byte number) {
        return number < 0 ? number : (byte) map[number];
    }

    /** How many households were added so far. */
    public int size() {
        return size;
    }

    /** The finished columns, arrays trimmed to size. The builder cannot be used afterwards. */
    public HouseholdColumns build() {
        if (built) {
            throw new IllegalStateException("This builder has already built its columns.");
        }
        built = true;
        char[][] dates = new char[CHANNELS][];
        for (int c = 0; c < CHANNELS; c++) {
            dates[c] = Arrays.copyOf(consentDate[c], size);
        }
        return new HouseholdColumns(size, Arrays.copyOf(x, size), Arrays.copyOf(y, size),
                Arrays.copyOf(codeBytes, codeLength), Arrays.copyOf(codeStart, size + 1),
                Arrays.copyOf(commune, size), Arrays.copyOf(interests, size), Arrays.copyOf(householdSize, size),
                Arrays.copyOf(ageBand, size), Arrays.copyOf(incomeBand, size), Arrays.copyOf(consentSource, size),
                Arrays.copyOf(consentMask, size), dates, Arrays.copyOf(lastContact, size),
                communes.values(), ageBands.values(), incomeBands.values(), sources.values());
    }

    private void appendCode(String code) {
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        if (codeLength + bytes.length > codeBytes.length) {
            long wanted = Math.max((long) codeBytes.length + (codeBytes.length >> 1), (long) codeLength + bytes.length);
            codeBytes = Arrays.copyOf(codeBytes, (int) Math.min(Integer.MAX_VALUE - 8, wanted));
        }
        System.arraycopy(bytes, 0, codeBytes, codeLength, bytes.length);
        codeLength += bytes.length;
        codeStart[size + 1] = codeLength;
    }

    private void grow() {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) x.length + (x.length >> 1) + 16);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        codeStart = Arrays.copyOf(codeStart, capacity + 1);
        commune = Arrays.copyOf(commune, capacity);
        interests = Arrays.copyOf(interests, capacity);
        householdSize = Arrays.copyOf(householdSize, capacity);
        ageBand = Arrays.copyOf(ageBand, capacity);
        incomeBand = Arrays.copyOf(incomeBand, capacity);
        consentSource = Arrays.copyOf(consentSource, capacity);
        consentMask = Arrays.copyOf(consentMask, capacity);
        for (int c = 0; c < CHANNELS; c++) {
            consentDate[c] = Arrays.copyOf(consentDate[c], capacity);
        }
        lastContact = Arrays.copyOf(lastContact, capacity);
    }
}
