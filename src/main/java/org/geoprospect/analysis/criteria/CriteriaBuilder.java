package org.geoprospect.analysis.criteria;

import java.util.List;

/** Fills a {@link Criteria} field by field; every setter accepts null (criterion not applied). Not thread-safe. */
public final class CriteriaBuilder {
    private List<String> interestsAny;
    private List<String> interestsAll;
    private Integer minHouseholdSize;
    private Integer maxHouseholdSize;
    private List<String> ageBands;
    private List<String> incomeBands;
    private List<String> categories;
    private List<String> sectors;
    private List<String> communes;
    private List<String> postalCodes;
    private List<String> consentChannels;
    private String notObjectedChannel;
    private Integer notContactedDays;
    private Boolean phoneRules;
    private Double competitorKmMax;
    private Double competitorKmMin;
    private Double clientKmMax;
    private Double clientKmMin;
    private Double maxUsProbability;
    private Double minRevenue;
    private Double minGrossMargin;
    private Integer minInvoiceCount;
    private Integer lastOrderMonthsAgo;

    CriteriaBuilder() {
    }

    CriteriaBuilder(Criteria c) {
        interestsAny = c.interestsAny();
        interestsAll = c.interestsAll();
        minHouseholdSize = c.minHouseholdSize();
        maxHouseholdSize = c.maxHouseholdSize();
        ageBands = c.ageBands();
        incomeBands = c.incomeBands();
        categories = c.categories();
        sectors = c.sectors();
        communes = c.communes();
        postalCodes = c.postalCodes();
        consentChannels = c.consentChannels();
        notObjectedChannel = c.notObjectedChannel();
        notContactedDays = c.notContactedDays();
        phoneRules = c.phoneRules();
        competitorKmMax = c.competitorKmMax();
        competitorKmMin = c.competitorKmMin();
        clientKmMax = c.clientKmMax();
        clientKmMin = c.clientKmMin();
        maxUsProbability = c.maxUsProbability();
        minRevenue = c.minRevenue();
        minGrossMargin = c.minGrossMargin();
        minInvoiceCount = c.minInvoiceCount();
        lastOrderMonthsAgo = c.lastOrderMonthsAgo();
    }

    public CriteriaBuilder interestsAny(List<String> v) { interestsAny = v; return this; }
    public CriteriaBuilder interestsAll(List<String> v) { interestsAll = v; return this; }
    public CriteriaBuilder householdSize(Integer min, Integer max) { minHouseholdSize = min; maxHouseholdSize = max; return this; }
    public CriteriaBuilder ageBands(List<String> v) { ageBands = v; return this; }
    public CriteriaBuilder incomeBands(List<String> v) { incomeBands = v; return this; }
    public CriteriaBuilder categories(List<String> v) { categories = v; return this; }
    public CriteriaBuilder sectors(List<String> v) { sectors = v; return this; }
    public CriteriaBuilder communes(List<String> v) { communes = v; return this; }
    public CriteriaBuilder postalCodes(List<String> v) { postalCodes = v; return this; }
    public CriteriaBuilder consentChannels(List<String> v) { consentChannels = v; return this; }
    public CriteriaBuilder notObjectedChannel(String v) { notObjectedChannel = v; return this; }
    public CriteriaBuilder notContactedDays(Integer v) { notContactedDays = v; return this; }
    public CriteriaBuilder phoneRules(Boolean v) { phoneRules = v; return this; }
    public CriteriaBuilder competitorKm(Double min, Double max) { competitorKmMin = min; competitorKmMax = max; return this; }
    public CriteriaBuilder clientKm(Double min, Double max) { clientKmMin = min; clientKmMax = max; return this; }
    public CriteriaBuilder maxUsProbability(Double v) { maxUsProbability = v; return this; }
    public CriteriaBuilder minRevenue(Double v) { minRevenue = v; return this; }
    public CriteriaBuilder minGrossMargin(Double v) { minGrossMargin = v; return this; }
    public CriteriaBuilder minInvoiceCount(Integer v) { minInvoiceCount = v; return this; }
    public CriteriaBuilder lastOrderMonthsAgo(Integer v) { lastOrderMonthsAgo = v; return this; }

    /** The criteria set. */
    public Criteria build() {
        return new Criteria(interestsAny, interestsAll, minHouseholdSize, maxHouseholdSize, ageBands, incomeBands,
                categories, sectors, communes, postalCodes, consentChannels, notObjectedChannel, notContactedDays,
                phoneRules, competitorKmMax, competitorKmMin, clientKmMax, clientKmMin, maxUsProbability, minRevenue,
                minGrossMargin, minInvoiceCount, lastOrderMonthsAgo);
    }
}
