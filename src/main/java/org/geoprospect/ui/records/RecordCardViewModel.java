package org.geoprospect.ui.records;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.InterestLabels;
import org.geoprospect.privacy.CardView;
import org.geoprospect.service.HouseholdCard;
import org.geoprospect.service.UserFacingException;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;

/**
 * The detail card of what was clicked on the map (a household, a client, a competitor): a title, rows
 * of label and value, and — for a household whose personal fields the contact policy hides — the
 * sentence saying why. A household's card is read in the background through a loader (the project's
 * {@code HouseholdCardService}); a click on another point while it loads wins. FX-thread confined.
 */
public final class RecordCardViewModel {
    private final Messages messages;
    private final Function<String, HouseholdCard> householdLoader;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper hiddenNote = new ReadOnlyStringWrapper(this, "hiddenNote");
    private final ObservableList<CardRow> rows = FXCollections.observableArrayList();
    private final NumberFormat money = NumberFormat.getIntegerInstance(Locale.getDefault());
    private long request;

    /**
     * @param householdLoader reads a household's card by anonymous code (called on a background thread);
     *                        null when no project folder is known (the card then says so)
     */
    public RecordCardViewModel(Messages messages, Function<String, HouseholdCard> householdLoader) {
        this.messages = messages;
        this.householdLoader = householdLoader;
    }

    /** Opens the card of a household, read in the background. */
    public void showHousehold(String anonCode) {
        long mine = ++request;
        open(messages.get("card.household.title", anonCode));
        if (householdLoader == null) {
            hiddenNote.set(messages.get("card.unavailable"));
            return;
        }
        loading.set(true);
        BackgroundTasks.run(monitor -> householdLoader.apply(anonCode), card -> {
            if (mine == request) {
                loading.set(false);
                fill(card);
            }
        }, failure -> {
            if (mine == request) {
                loading.set(false);
                hiddenNote.set(failure instanceof UserFacingException ? failure.getMessage()
                        : messages.get("card.failed", String.valueOf(failure.getMessage())));
            }
        }, () -> loading.set(false));
    }

    /** Shows a household card already read (tests; also what the background load ends in). */
    public void fill(HouseholdCard card) {
        open(messages.get("card.household.title", card.anonCode()));
        List<CardRow> lines = new ArrayList<>();
        lines.add(CardRow.of(messages.get("card.code"), card.anonCode()));
        String commune = card.communeName() == null ? card.communeInsee()
                : card.communeName() + (card.communeInsee() == null ? "" : " (" + card.communeInsee() + ")");
        lines.add(CardRow.of(messages.get("card.commune"), commune));
        lines.add(CardRow.of(messages.get("card.interests"),
                InterestLabels.forLocale(messages.locale()).labels(card.interests())));
        lines.add(CardRow.of(messages.get("card.size"), card.householdSize() > 0
                ? messages.get("card.size.persons", card.householdSize()) : null));
        // Bands in words: "A — lowest fifth of incomes", "45–59 years old".
        org.geoprospect.model.CodeWords bands = org.geoprospect.model.CodeWords.bands(messages.locale());
        lines.add(CardRow.of(messages.get("card.ageBand"), card.ageBand() == null ? null : bands.word(card.ageBand())));
        lines.add(CardRow.of(messages.get("card.incomeBand"), card.incomeBand() == null ? null : bands.word(card.incomeBand())));
        lines.add(CardRow.of(messages.get("card.precision"), card.positionPrecision() == null ? null
                : messages.get("card.precision." + card.positionPrecision())));
        lines.add(CardRow.section(messages.get("card.consents")));
        for (HouseholdCard.ChannelConsent consent : card.consents()) {
            lines.add(CardRow.of(messages.get("card.channel." + consent.channel().name().toLowerCase(Locale.ROOT)),
                    consentText(consent, card.consentSource())));
        }
        lines.add(CardRow.of(messages.get("card.lastContact"), card.lastContactDate() == null
                ? messages.get("card.never") : date(card.lastContactDate())));
        lines.add(CardRow.section(messages.get("card.contact")));
        CardView contact = card.contact();
        if (contact.revealsContact()) {
            lines.add(CardRow.of(messages.get("card.name"), join(" ", contact.firstName(), contact.lastName())));
            lines.add(CardRow.of(messages.get("card.address"), join(", ", contact.address(),
                    join(" ", contact.postalCode(), contact.city()))));
            lines.add(CardRow.of(messages.get("card.phone"), contact.phone()));
            lines.add(CardRow.of(messages.get("card.email"), contact.email()));
            hiddenNote.set(null);
        } else {
            hiddenNote.set(messages.get(contact.reasonKey()));
        }
        rows.setAll(lines);
    }

    /** Opens the card of a customer-file contact (all its fields are company data, not a household's). */
    public void showClient(Client c) {
        ++request;
        open(messages.get("card.client.title", c.name() == null ? c.code() : c.name()));
        rows.setAll(List.of(
                CardRow.of(messages.get("card.code"), c.code()),
                CardRow.of(messages.get("card.clientName"), c.name()),
                CardRow.of(messages.get("card.category"), messages.get("legend.points.category." + c.category().code())),
                CardRow.of(messages.get("card.sector"), org.geoprospect.model.CodeWords.activities(messages.locale()).word(c.sector())),
                CardRow.of(messages.get("card.revenue"), messages.euros(c.revenue())),
                CardRow.of(messages.get("card.margin"), messages.euros(c.grossMargin())),
                CardRow.of(messages.get("card.invoices"), messages.integer(c.invoiceCount())),
                CardRow.of(messages.get("card.firstOrder"), date(c.firstOrderDate())),
                CardRow.of(messages.get("card.lastOrder"), date(c.lastOrderDate())),
                CardRow.of(messages.get("card.flags"), flags(c))));
    }

    /** Opens the card of a competitor. */
    public void showCompetitor(Competitor c) {
        ++request;
        open(messages.get("card.competitor.title", c.name() == null ? c.code() : c.name()));
        rows.setAll(List.of(
                CardRow.of(messages.get("card.code"), c.code()),
                CardRow.of(messages.get("card.competitorName"), c.name()),
                CardRow.of(messages.get("card.brand"), c.brand()),
                CardRow.of(messages.get("card.attractiveness"), messages.get("card.attractiveness.value",
                        messages.integer(Math.round(c.attractiveness()))))));
    }

    /** Closes the card. */
    public void close() {
        ++request;
        visible.set(false);
        loading.set(false);
    }

    private void open(String heading) {
        title.set(heading);
        rows.clear();
        hiddenNote.set(null);
        visible.set(true);
    }

    private String consentText(HouseholdCard.ChannelConsent consent, String source) {
        if (consent.granted()) {
            String when = consent.date() == null ? messages.get("card.consent.undated") : date(consent.date());
            return source == null ? messages.get("card.consent.granted", when)
                    : messages.get("card.consent.grantedFrom", when, source.replace('_', ' '));
        }
        return consent.date() == null ? messages.get("card.consent.none")
                : messages.get("card.consent.refused", date(consent.date()));
    }

    private String flags(Client c) {
        List<String> flags = new ArrayList<>();
        if (c.paymentIncidents() > 0) {
            flags.add(messages.get("card.flag.incidents", c.paymentIncidents()));
        }
        if (c.difficult()) {
            flags.add(messages.get("card.flag.difficult"));
        }
        if (c.motivated()) {
            flags.add(messages.get("card.flag.motivated"));
        }
        return String.join(", ", flags);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the personal fields are hidden (or why the card could not be read); null when nothing is hidden. */
    public ReadOnlyStringProperty hiddenNoteProperty() {
        return hiddenNote.getReadOnlyProperty();
    }

    public ObservableList<CardRow> rows() {
        return rows;
    }
}
