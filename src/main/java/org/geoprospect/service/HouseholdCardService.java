package org.geoprospect.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.privacy.CardView;
import org.geoprospect.privacy.HouseholdCards;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * The map's detail card of one household, read from the project: its record, its commune's name and
 * the personal fields the project's contact policy (objections, retention, consents, today by the
 * clock) allows. Opens the project for the call only (waiting while another task of the application has it open). Thread-safe.
 */
public final class HouseholdCardService {
    private final Clock clock;

    public HouseholdCardService() {
        this(Clock.systemDefaultZone());
    }

    public HouseholdCardService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The card of the household with that anonymous code.
     *
     * @throws UserFacingException when the project holds no such household
     */
    public HouseholdCard card(Path projectDir, String anonCode) {
        return ProjectAccess.whenFree(() -> read(projectDir, anonCode));
    }

    private HouseholdCard read(Path projectDir, String anonCode) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            HouseholdRepository households = new HouseholdRepository(database);
            Household household = households.find(anonCode).orElseThrow(() -> new UserFacingException(
                    "The project holds no household " + anonCode + " any more; reload the map."));
            String precision = households.positionPrecision(anonCode).orElse(null);
            CardView view = new HouseholdCards(ExportService.policy(database, clock)).cardView(database, household);
            return of(household, precision, view);
        }
    }

    /** The card of a household already read, with the policy's view of its personal fields. */
    static HouseholdCard of(Household h, String positionPrecision, CardView view) {
        List<HouseholdCard.ChannelConsent> consents = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            Consent consent = h.consent(channel);
            consents.add(new HouseholdCard.ChannelConsent(channel, consent.granted(), consent.date()));
        }
        Commune commune = h.communeInsee() == null ? null : CommuneTable.shipped().byInsee(h.communeInsee()).orElse(null);
        return new HouseholdCard(h.anonCode(), h.communeInsee(), commune == null ? null : commune.name(), h.interests(),
                h.householdSize(), h.ageBand(), h.incomeBand(), positionPrecision, consents, h.consentSource(),
                h.lastContactDate(), view);
    }
}
