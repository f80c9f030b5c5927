package org.geoprospect.analysis.criteria;

import java.util.List;

/**
 * A set of targeting criteria, combined with AND; a criterion given as a list is an OR inside (any of
 * its values). A null or empty field means "not applied". The record is a plain definition (no data,
 * no evaluation): the UI fills it, the command line fills it, saved targets store it as JSON.
 *
 * <p>Who each criterion applies to. Households are the product's prospects; clients are the contacts of
 * the customer file. {@link HouseholdCriteriaEvaluator} and {@link ClientCriteriaEvaluator} say it in
 * detail; in short:
 * <ul>
 *   <li>household profile (interests, size, bands), commune / postal code, consent, objection, contact
 *       pressure, phone rules, distance to the nearest client and escaping share: households only;</li>
 *   <li>client metrics (revenue, margin, invoices, last order): clients only;</li>
 *   <li>commercial sector and distance to the nearest competitor: both;</li>
 *   <li>contact categories: a client passes when its category is listed (default: {@code client} only);
 *       households count as the category {@code prospect}, so they are selected only when the list is
 *       empty or holds {@code prospect}.</li>
 * </ul>
 *
 * @param interestsAny        interest codes: the household has at least one of them
 * @param interestsAll        interest codes: the household has every one of them
 * @param minHouseholdSize    at least that many persons (inclusive)
 * @param maxHouseholdSize    at most that many persons (inclusive)
 * @param ageBands            age bands, as written in the data (e.g. "35-44")
 * @param incomeBands         income bands, as written in the data (e.g. "A")
 * @param categories          contact categories' codes ({@code client}, {@code former_client}, {@code prospect}...)
 * @param sectors             commercial sector codes: the point lies in one of these sectors' polygons
 * @param communes            INSEE codes of communes
 * @param postalCodes         postal codes, turned into their communes through the commune table
 * @param consentChannels     channel codes: consent granted on at least one of them
 * @param notObjectedChannel  channel code: no objection recorded for that channel (nor for all channels)
 * @param notContactedDays    no contact in the last N days: never contacted, or last contact on or before today − N
 * @param phoneRules          true: the French phone rules hold today (at most 4 attempts in the last 30 days,
 *                            no refusal in the last 60 days)
 * @param competitorKmMax     the nearest competitor is at most this far (km, inclusive)
 * @param competitorKmMin     the nearest competitor is at least this far (km, inclusive)
 * @param clientKmMax         the nearest client is at most this far (km, inclusive)
 * @param clientKmMin         the nearest client is at least this far (km, inclusive): "not yet served"
 * @param maxUsProbability    escaping prospects: the Huff probability of choosing us is below this (exclusive)
 * @param minRevenue          client revenue at least (euros)
 * @param minGrossMargin      client gross margin at least (euros)
 * @param minInvoiceCount     client invoice count at least
 * @param lastOrderMonthsAgo  reactivation: the client's last order is at least N months before today
 *                            (a client with no order date passes)
 */
public record Criteria(List<String> interestsAny, List<String> interestsAll,
                       Integer minHouseholdSize, Integer maxHouseholdSize,
                       List<String> ageBands, List<String> incomeBands,
                       List<String> categories, List<String> sectors,
                       List<String> communes, List<String> postalCodes,
                       List<String> consentChannels, String notObjectedChannel,
                       Integer notContactedDays, Boolean phoneRules,
                       Double competitorKmMax, Double competitorKmMin,
                       Double clientKmMax, Double clientKmMin,
                       Double maxUsProbability,
                       Double minRevenue, Double minGrossMargin, Integer minInvoiceCount,
                       Integer lastOrderMonthsAgo) {
    /** No criterion: every household (and every client of category {@code client}). */
    public static final Criteria NONE = builder().build();

    public Criteria {
        interestsAny = copy(interestsAny);
        interestsAll = copy(interestsAll);
        ageBands = copy(ageBands);
        incomeBands = copy(incomeBands);
        categories = copy(categories);
        sectors = copy(sectors);
        communes = copy(communes);
        postalCodes = copy(postalCodes);
        consentChannels = copy(consentChannels);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** A builder starting from no criterion. */
    public static CriteriaBuilder builder() {
        return new CriteriaBuilder();
    }

    /** A builder starting from this set. */
    public CriteriaBuilder toBuilder() {
        return new CriteriaBuilder(this);
    }
}
