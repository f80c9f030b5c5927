package org.geoprospect.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * THE gate for personal fields: decides, per household and channel, whether the household may be
 * contacted and what of its personal fields may be revealed. Used by the export, the map's detail card
 * and the tour sheet alike; no other class outside the store reads {@link HouseholdContact}'s fields.
 *
 * <p>Rules (France; checked in this order, the first refusal is the reason given):
 * <ol>
 *   <li>an objection covering the channel, or all channels, refuses ({@link ContactRefusal#OBJECTION}),
 *       whatever the consents;</li>
 *   <li>a household past retention ({@link RetentionRule}) refuses
 *       ({@link ContactRefusal#RETENTION_EXPIRED});</li>
 *   <li>email and SMS need a prior consent for that channel, unless the
 *       {@link SimilarProductsException} applies (default: never);</li>
 *   <li>phone needs a prior consent from {@link #PHONE_CONSENT_REQUIRED_FROM} (11 August 2026); on
 *       earlier days no objection suffices;</li>
 *   <li>postal mail needs no consent (opt-out regime).</li>
 * </ol>
 * A consent counts when it is granted and its date, if recorded, is not after today ("prior"). A
 * refusal recorded with a date (granted false, date set) is the person's "no" on that channel: it
 * refuses phone before the switch and postal mail too ({@link ContactRefusal#NO_CONSENT}).
 *
 * <p>"Today" comes from the injected {@link Clock}. Immutable and thread-safe when its
 * {@link CollectionDates} and {@link SimilarProductsException} are.
 */
public final class ContactPolicy {
    /** The first day on which phone canvassing of consumers needs a prior consent. */
    public static final LocalDate PHONE_CONSENT_REQUIRED_FROM = LocalDate.of(2026, 8, 11);

    private final Clock clock;
    private final ObjectionList objections;
    private final RetentionRule retention;
    private final SimilarProductsException similarProducts;
    private final CollectionDates collectionDates;

    /**
     * A policy.
     *
     * @param clock           gives today's date (in its zone)
     * @param objections      the suppression list
     * @param retention       the retention rule
     * @param similarProducts the existing-client exception for email and SMS ({@link SimilarProductsException#NONE})
     * @param collectionDates collection dates of households without recorded dates ({@link CollectionDates#UNKNOWN})
     */
    public ContactPolicy(Clock clock, ObjectionList objections, RetentionRule retention,
                         SimilarProductsException similarProducts, CollectionDates collectionDates) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objections = Objects.requireNonNull(objections, "objections");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.similarProducts = Objects.requireNonNull(similarProducts, "similarProducts");
        this.collectionDates = Objects.requireNonNull(collectionDates, "collectionDates");
    }

    /** A policy with the default retention, no existing-client exception and unknown collection dates. */
    public ContactPolicy(Clock clock, ObjectionList objections) {
        this(clock, objections, RetentionRule.standard(), SimilarProductsException.NONE, CollectionDates.UNKNOWN);
    }

    /** The same policy reading collection dates from another source (e.g. the export's selection). */
    public ContactPolicy withCollectionDates(CollectionDates dates) {
        return new ContactPolicy(clock, objections, retention, similarProducts, dates);
    }

    /** Today, as the policy's clock says. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The policy's clock (for timestamps of the same operation). */
    public Clock clock() {
        return clock;
    }

    /** The retention rule. */
    public RetentionRule retention() {
        return retention;
    }

    /**
     * Whether the household may be contacted on the channel, and on what ground or why not. Does not
     * check that the needed contact field is stored (see {@link #approvedContact}).
     *
     * @param contact the household's personal fields if stored (objections may name its email or phone)
     */
    public ContactDecision decide(Household household, Optional<HouseholdContact> contact, Channel channel) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(channel, "channel");
        if (objections.find(household, contact, channel).isPresent()) {
            return ContactDecision.refused(channel, ContactRefusal.OBJECTION);
        }
        if (isPastRetention(household)) {
            return ContactDecision.refused(channel, ContactRefusal.RETENTION_EXPIRED);
        }
        LocalDate today = today();
        Consent consent = household.consent(channel);
        if (hasPriorConsent(consent, today)) {
            return ContactDecision.allowed(channel, ContactBasis.CONSENT);
        }
        return switch (channel) {
            case EMAIL, SMS -> similarProducts.applies(household, channel)
                    ? ContactDecision.allowed(channel, ContactBasis.EXISTING_CLIENT)
                    : ContactDecision.refused(channel, ContactRefusal.NO_CONSENT);
            case PHONE -> today.isBefore(PHONE_CONSENT_REQUIRED_FROM) && !isRecordedRefusal(consent)
                    ? ContactDecision.allowed(channel, ContactBasis.NO_OBJECTION_BEFORE_PHONE_SWITCH)
                    : ContactDecision.refused(channel, ContactRefusal.NO_CONSENT);
            case POSTAL -> isRecordedRefusal(consent)
                    ? ContactDecision.refused(channel, ContactRefusal.NO_CONSENT)
                    : ContactDecision.allowed(channel, ContactBasis.OPT_OUT_REGIME);
        };
    }

    /**
     * The personal fields that may leave the project to contact the household on the channel, or the
     * refusal. Refuses with {@link ContactRefusal#NO_CONTACT_DETAILS} when allowed but the field the
     * channel needs (email; phone for SMS and phone; address with postal code or city for mail) is not
     * stored.
     */
    public Approval approvedContact(Household household, Optional<HouseholdContact> contact, Channel channel) {
        ContactDecision decision = decide(household, contact, channel);
        if (!decision.allowed()) {
            return new Approval(decision.refusal(), null);
        }
        if (contact.isEmpty() || !hasDetailsFor(contact.get(), channel)) {
            return new Approval(ContactRefusal.NO_CONTACT_DETAILS, null);
        }
        return new Approval(null, approve(contact.get()));
    }

    /**
     * Whether the household may appear in a pseudonymised list (anonymous code, commune, sector,
     * interests; no personal field), which needs no consent: refused only by an objection on all
     * channels (an objection to direct marketing covers the profiling for it) or past retention.
     *
     * @return the refusal, or empty when allowed
     */
    public Optional<ContactRefusal> pseudonymisedRefusal(Household household, Optional<HouseholdContact> contact) {
        if (objections.findAllChannels(household, contact).isPresent()) {
            return Optional.of(ContactRefusal.OBJECTION);
        }
        if (isPastRetention(household)) {
            return Optional.of(ContactRefusal.RETENTION_EXPIRED);
        }
        return Optional.empty();
    }

    /**
     * What the map's detail card may show: name, address, phone and email only when the household
     * has consented on at least one channel, has no objection on any channel and is within retention;
     * then the email only when email is allowed and the phone only when phone or SMS is allowed.
     * Otherwise every personal field is null and the view says why.
     */
    public CardView cardView(Household household, Optional<HouseholdContact> contact) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(contact, "contact");
        String code = household.anonCode();
        if (contact.isEmpty()) {
            return CardView.hidden(code, CardHiddenReason.NO_CONTACT_STORED);
        }
        if (!objections.matching(household, contact).isEmpty()) {
            return CardView.hidden(code, CardHiddenReason.OBJECTION);
        }
        if (isPastRetention(household)) {
            return CardView.hidden(code, CardHiddenReason.RETENTION_EXPIRED);
        }
        LocalDate today = today();
        boolean anyConsent = false;
        for (Channel channel : Channel.values()) {
            anyConsent |= hasPriorConsent(household.consent(channel), today);
        }
        if (!anyConsent) {
            return CardView.hidden(code, CardHiddenReason.NO_CONSENT);
        }
        ApprovedContact c = approve(contact.get());
        boolean email = decide(household, contact, Channel.EMAIL).allowed();
        boolean phone = decide(household, contact, Channel.PHONE).allowed() || decide(household, contact, Channel.SMS).allowed();
        return new CardView(code, c.firstName(), c.lastName(), c.address(), c.postalCode(), c.city(),
                phone ? c.phone() : null, email ? c.email() : null, null);
    }

    /** Whether the household is past retention today. */
    public boolean isPastRetention(Household household) {
        LocalDate reference = RetentionRule.referenceDate(household, collectionDates.collectedOn(household.anonCode()));
        return retention.isExpired(reference, today());
    }

    private static boolean hasPriorConsent(Consent consent, LocalDate today) {
        return consent.granted() && (consent.date() == null || !consent.date().isAfter(today));
    }

    private static boolean isRecordedRefusal(Consent consent) {
        return !consent.granted() && consent.date() != null;
    }

    private static boolean hasDetailsFor(HouseholdContact c, Channel channel) {
        return switch (channel) {
            case EMAIL -> present(c.email());
            case SMS, PHONE -> PhoneNumbers.normalise(c.phone()) != null;
            case POSTAL -> present(c.address()) && (present(c.postalCode()) || present(c.city()));
        };
    }

    private static ApprovedContact approve(HouseholdContact c) {
        return new ApprovedContact(c.anonCode(), c.firstName(), c.lastName(), c.address(), c.postalCode(), c.city(),
                PhoneNumbers.forDisplay(c.phone()), c.email() == null ? null : c.email().strip());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * The answer of {@link #approvedContact}: the approved fields, or the refusal.
     *
     * @param refusal why not, or null when approved
     * @param contact the approved fields, or null when refused
     */
    public record Approval(ContactRefusal refusal, ApprovedContact contact) {
        /** Whether the fields were approved. */
        public boolean approved() {
            return contact != null;
        }
    }
}
