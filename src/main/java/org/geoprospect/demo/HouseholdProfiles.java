package org.geoprospect.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Interests;

/**
 * Draws the pseudonymised attributes of a synthetic household: interests, size, age and income bands,
 * consents and contact history. The distributions are invented for the demo (documented on each
 * constant); dates are relative to {@link SampleGenerator#REFERENCE_DATE}, not to the clock.
 *
 * <p>Not thread-safe; deterministic for a seed and a call sequence.
 */
final class HouseholdProfiles {
    /** Relative weights of the interests, in {@link Interests#VOCABULARY} order (picnic and mountain_bike are common). */
    static final double[] INTEREST_WEIGHTS = {10, 7, 8, 5, 4, 9, 7, 8, 6, 5, 4, 3, 6, 5, 6, 7};
    /** Share of households with 1, 2, 3, 4 interests. */
    static final double[] INTEREST_COUNT_WEIGHTS = {35, 35, 20, 10};
    /** Share of households of 1..6 persons. */
    static final double[] SIZE_WEIGHTS = {33, 33, 15, 12, 5, 2};
    static final List<String> AGE_BANDS = List.of("18-29", "30-44", "45-59", "60-74", "75+");
    static final double[] AGE_WEIGHTS = {15, 25, 27, 22, 11};
    /** Income quintile-like bands, A = lowest … E = highest. */
    static final List<String> INCOME_BANDS = List.of("A", "B", "C", "D", "E");
    static final double[] INCOME_WEIGHTS = {20, 22, 24, 20, 14};
    /** Share of households that gave at least one consent (the only ones with personal fields). */
    static final double CONSENTING_SHARE = 0.20;
    static final List<String> CONSENT_SOURCES = List.of("web_form", "shop", "event", "partner");
    static final double[] SOURCE_WEIGHTS = {45, 30, 15, 10};
    static final LocalDate FIRST_CONSENT_DATE = LocalDate.of(2020, 1, 1);
    /** Share never contacted; contacted within 3 years; contacted 3 to 6 years ago (retention purge candidates). */
    static final double NEVER_CONTACTED = 0.30;
    static final double CONTACTED_OVER_3_YEARS_AGO = 0.15;

    private static final double[] INTEREST_CUMULATIVE = SeededRandom.cumulative(INTEREST_WEIGHTS);
    private static final double[] COUNT_CUMULATIVE = SeededRandom.cumulative(INTEREST_COUNT_WEIGHTS);
    private static final double[] SIZE_CUMULATIVE = SeededRandom.cumulative(SIZE_WEIGHTS);
    private static final double[] AGE_CUMULATIVE = SeededRandom.cumulative(AGE_WEIGHTS);
    private static final double[] INCOME_CUMULATIVE = SeededRandom.cumulative(INCOME_WEIGHTS);
    private static final double[] SOURCE_CUMULATIVE = SeededRandom.cumulative(SOURCE_WEIGHTS);

    private final SeededRandom random;

    HouseholdProfiles(SeededRandom random) {
        this.random = random;
    }

    /** 1 to 4 distinct interest codes, in vocabulary order. */
    List<String> interests() {
        int count = random.pickCumulative(COUNT_CUMULATIVE) + 1;
        boolean[] chosen = new boolean[Interests.VOCABULARY.size()];
        for (int picked = 0; picked < count; ) {
            int index = random.pickCumulative(INTEREST_CUMULATIVE);
            if (!chosen[index]) {
                chosen[index] = true;
                picked++;
            }
        }
        List<String> result = new ArrayList<>(count);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                result.add(Interests.VOCABULARY.get(i));
            }
        }
        return result;
    }

    int householdSize() {
        return random.pickCumulative(SIZE_CUMULATIVE) + 1;
    }

    String ageBand() {
        return AGE_BANDS.get(random.pickCumulative(AGE_CUMULATIVE));
    }

    String incomeBand() {
        return INCOME_BANDS.get(random.pickCumulative(INCOME_CUMULATIVE));
    }

    /**
     * Consents on every channel: none for most households; for a consenting minority at least one
     * channel, each dated. The postal consent carries no date (the file has no column for it).
     */
    Map<Channel, Consent> consents() {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            consents.put(channel, Consent.NONE);
        }
        if (!random.chance(CONSENTING_SHARE)) {
            return consents;
        }
        boolean email = random.chance(0.70);
        boolean sms = random.chance(0.35);
        boolean phone = random.chance(0.30);
        boolean postal = random.chance(0.45);
        if (!email && !sms && !phone && !postal) {
            email = true;
        }
        if (email) {
            consents.put(Channel.EMAIL, new Consent(true, consentDate()));
        }
        if (sms) {
            consents.put(Channel.SMS, new Consent(true, consentDate()));
        }
        if (phone) {
            consents.put(Channel.PHONE, new Consent(true, consentDate()));
        }
        if (postal) {
            consents.put(Channel.POSTAL, new Consent(true, null));
        }
        return consents;
    }

    String consentSource() {
        return CONSENT_SOURCES.get(random.pickCumulative(SOURCE_CUMULATIVE));
    }

    /** Null (never contacted), within the last 3 years, or 3 to 6 years before the reference date. */
    LocalDate lastContactDate() {
        double draw = random.nextDouble();
        LocalDate reference = SampleGenerator.REFERENCE_DATE;
        if (draw < NEVER_CONTACTED) {
            return null;
        }
        if (draw < NEVER_CONTACTED + CONTACTED_OVER_3_YEARS_AGO) {
            return between(reference.minusYears(6), reference.minusYears(3).minusDays(1));
        }
        return between(reference.minusYears(3), reference);
    }

    private LocalDate consentDate() {
        return between(FIRST_CONSENT_DATE, SampleGenerator.REFERENCE_DATE);
    }

    /** A uniform date in [first, last]. */
    LocalDate between(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
