package org.geoprospect.io.csv;

import java.util.List;

/** The canonical headers of the sample-data CSV files, in file order. */
public final class CanonicalColumns {
    /** households.csv: pseudonymised fields first, then the personal fields (empty without consent). */
    public static final List<String> HOUSEHOLDS = List.of(
            "anon_code", "lon", "lat", "commune_insee", "interests", "household_size", "age_band", "income_band",
            "consent_email", "consent_email_date", "consent_sms", "consent_sms_date",
            "consent_phone", "consent_phone_date", "consent_postal", "consent_source", "last_contact_date",
            "first_name", "last_name", "address", "postal_code", "city", "phone", "email");

    /** The personal columns of households.csv (the last seven), kept apart from the pseudonymised record. */
    public static final List<String> HOUSEHOLD_PERSONAL = HOUSEHOLDS.subList(17, 24);

    /** clients.csv. */
    public static final List<String> CLIENTS = List.of(
            "code", "name", "category", "sector", "lon", "lat", "revenue", "gross_margin", "invoice_count",
            "first_order_date", "last_order_date", "payment_incidents", "difficult", "motivated");

    /** competitors.csv. */
    public static final List<String> COMPETITORS = List.of("code", "name", "brand", "lon", "lat", "attractiveness");

    /** orders.csv: one row per order or order line (line: the line's number in its order, may be absent). */
    public static final List<String> ORDERS = List.of("order_key", "line", "client_code", "date", "amount", "gross_margin",
            "product", "channel");

    /** objections.csv: at least one of anon_code, email, phone; channel empty or "all" for every channel. */
    public static final List<String> OBJECTIONS = List.of("anon_code", "email", "phone", "date", "channel");

    /**
     * results.csv (what an emailing tool, a call centre or a mail house sends back): at least one of
     * anon_code, email, phone; date (and optionally time) and outcome required.
     */
    public static final List<String> RESULTS = List.of("anon_code", "email", "phone", "channel", "date", "time", "outcome",
            "amount", "margin", "chain", "step");

    private CanonicalColumns() {
    }
}
