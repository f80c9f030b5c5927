package org.geoprospect.io.csv;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one kind of customer file holds: its canonical columns, the headers recognised for each
 * (aliases, compared after {@link ColumnNames#normalize}) and which columns it cannot do without.
 * Besides the canonical columns, every placed kind also reads the position columns {@code x, y,
 * commune_insee, postal_code, city} when present. Immutable and thread-safe.
 */
public final class FileSchema {
    /** Position columns understood by every kind that has a position. */
    static final List<String> POSITION_COLUMNS = List.of("lon", "lat", "x", "y", "commune_insee", "postal_code", "city");

    public static final FileSchema HOUSEHOLDS = households();
    public static final FileSchema CLIENTS = clients();
    public static final FileSchema COMPETITORS = competitors();
    public static final FileSchema OBJECTIONS = objections();
    public static final FileSchema RESULTS = results();
    public static final FileSchema ORDERS = orders();

    private final String kind;
    private final List<String> columns;
    private final Map<String, String> aliases;
    private final List<String> required;
    private final List<String> anyOf;
    private final boolean placed;

    private FileSchema(String kind, List<String> canonical, boolean placed, Map<String, String> aliases,
                       List<String> required, List<String> anyOf) {
        Set<String> all = new LinkedHashSet<>(canonical);
        if (placed) {
            all.addAll(POSITION_COLUMNS);
        }
        this.kind = kind;
        this.columns = List.copyOf(all);
        Map<String, String> withNames = new HashMap<>(aliases);
        for (String column : columns) {
            withNames.put(column, column);
        }
        this.aliases = Map.copyOf(withNames);
        this.required = List.copyOf(required);
        this.anyOf = List.copyOf(anyOf);
        this.placed = placed;
    }

    /** "households", "clients", "competitors" or "objections", as in sentences and on the command line. */
    public String kind() {
        return kind;
    }

    /** Every column this kind reads, canonical ones first, then the position columns. */
    public List<String> columns() {
        return columns;
    }

    /** The canonical column a normalised header stands for, or null. */
    String canonicalOf(String normalizedHeader) {
        return aliases.get(normalizedHeader);
    }

    /** Columns every file of this kind must have. */
    List<String> required() {
        return required;
    }

    /** Columns of which a file must have at least one (empty when no such rule). */
    List<String> anyOf() {
        return anyOf;
    }

    /** Whether rows carry a position (and so the file needs position columns). */
    boolean placed() {
        return placed;
    }

    private static Map<String, String> positionAliases() {
        Map<String, String> a = new HashMap<>();
        alias(a, "lon", "longitude", "lng", "long", "wgs84_lon", "lon_wgs84", "gps_lon", "gps_longitude");
        alias(a, "lat", "latitude", "wgs84_lat", "lat_wgs84", "gps_lat", "gps_latitude");
        alias(a, "x", "coord_x", "coordonnee_x", "x_lambert", "x_lambert_93", "x_lambert93", "x_l93", "easting");
        alias(a, "y", "coord_y", "coordonnee_y", "y_lambert", "y_lambert_93", "y_lambert93", "y_l93", "northing");
        alias(a, "commune_insee", "insee", "code_insee", "code_commune", "code_commune_insee", "insee_code", "codgeo", "depcom",
                "cog", "insee_commune");
        alias(a, "postal_code", "code_postal", "cp", "postcode", "post_code", "zip", "zip_code", "zipcode", "codepostal", "postal");
        alias(a, "city", "ville", "commune", "localite", "nom_commune", "town", "libelle_commune", "bureau_distributeur");
        return a;
    }

    private static FileSchema households() {
        Map<String, String> a = positionAliases();
        alias(a, "anon_code", "code_anonyme", "anonymous_code", "code_anonymise", "code_foyer", "id_foyer", "foyer",
                "household_id", "id", "identifiant", "code", "anon", "pseudo", "pseudonyme");
        alias(a, "interests", "interets", "interet", "centres_d_interet", "centres_interet", "centre_d_interet", "interest",
                "hobbies", "loisirs");
        alias(a, "household_size", "taille_foyer", "taille_du_foyer", "nb_personnes", "nombre_de_personnes", "personnes", "size");
        alias(a, "age_band", "tranche_age", "tranche_d_age", "age");
        alias(a, "income_band", "tranche_revenu", "tranche_de_revenu", "tranche_de_revenus", "revenu", "revenus", "income");
        String[][] channels = {{"email", "mail", "courriel", "e_mail"}, {"sms", "texto"}, {"phone", "telephone", "tel"},
                {"postal", "courrier", "postal_mail", "poste"}};
        for (String[] names : channels) {
            String canonical = "consent_" + names[0];
            for (String name : names) {
                alias(a, canonical, "consent_" + name, "consentement_" + name, "optin_" + name, "opt_in_" + name,
                        name + "_optin", name + "_opt_in", "accord_" + name, name + "_consent");
                alias(a, canonical + "_date", "consent_" + name + "_date", "date_consentement_" + name,
                        "consentement_" + name + "_date", "date_optin_" + name, "date_opt_in_" + name, name + "_consent_date",
                        "date_accord_" + name);
            }
        }
        alias(a, "consent_source", "source_consentement", "source_du_consentement", "source", "origine", "collect_source");
        alias(a, "last_contact_date", "dernier_contact", "date_dernier_contact", "date_du_dernier_contact", "last_contact");
        alias(a, "first_name", "prenom", "firstname", "given_name");
        alias(a, "last_name", "nom", "lastname", "surname", "nom_de_famille", "family_name");
        alias(a, "address", "adresse", "adresse_1", "adresse1", "adresse_postale", "rue", "street", "address_line_1", "voie");
        phoneAndEmail(a);
        return new FileSchema("households", CanonicalColumns.HOUSEHOLDS, true, a, List.of("anon_code"), List.of());
    }

    private static void phoneAndEmail(Map<String, String> a) {
        alias(a, "phone", "telephone", "tel", "mobile", "portable", "tel_mobile", "telephone_mobile", "telephone_portable",
                "phone_number", "numero_de_telephone", "num_tel", "gsm");
        alias(a, "email", "courriel", "mail", "e_mail", "adresse_email", "adresse_mail", "adresse_e_mail", "email_address");
    }

    private static FileSchema clients() {
        Map<String, String> a = positionAliases();
        alias(a, "code", "code_client", "id_client", "client_id", "numero_client", "n_client", "no_client", "num_client",
                "identifiant", "id", "ref_client", "reference_client", "customer_id", "account_number", "compte");
        alias(a, "name", "nom", "raison_sociale", "societe", "entreprise", "company", "nom_client", "denomination",
                "customer_name", "client");
        alias(a, "category", "categorie", "type", "type_contact", "type_de_contact", "statut", "status");
        alias(a, "sector", "secteur", "secteur_d_activite", "secteur_activite", "activite", "industry");
        alias(a, "revenue", "chiffre_affaires", "chiffre_d_affaires", "ca", "ca_ht", "chiffre_d_affaires_ht",
                "chiffre_affaires_ht", "turnover", "sales");
        alias(a, "gross_margin", "marge", "marge_brute", "margin", "marge_ht", "marge_brute_ht");
        alias(a, "invoice_count", "nb_factures", "nombre_de_factures", "nombre_factures", "factures", "invoices", "nb_invoices");
        alias(a, "first_order_date", "date_premiere_commande", "premiere_commande", "client_depuis", "date_debut_relation",
                "debut_relation", "first_order");
        alias(a, "last_order_date", "date_derniere_commande", "derniere_commande", "last_order");
        alias(a, "payment_incidents", "incidents_paiement", "incidents_de_paiement", "impayes", "nb_impayes", "incidents");
        alias(a, "difficult", "difficile", "client_difficile");
        alias(a, "motivated", "motive", "client_motive");
        return new FileSchema("clients", CanonicalColumns.CLIENTS, true, a, List.of("code"), List.of());
    }

    private static FileSchema competitors() {
        Map<String, String> a = positionAliases();
        alias(a, "code", "id", "identifiant", "code_concurrent", "ref", "reference");
        alias(a, "name", "nom", "magasin", "point_de_vente", "store", "nom_magasin");
        alias(a, "brand", "enseigne", "marque", "groupe", "chain");
        alias(a, "attractiveness", "attractivite", "surface", "surface_m2", "surface_de_vente", "floor_area", "poids", "weight");
        return new FileSchema("competitors", CanonicalColumns.COMPETITORS, true, a, List.of("code"), List.of());
    }

    private static FileSchema objections() {
        Map<String, String> a = new HashMap<>();
        alias(a, "anon_code", "code_anonyme", "anonymous_code", "code_foyer", "id_foyer", "household_id", "code", "id");
        phoneAndEmail(a);
        alias(a, "date", "date_opposition", "opposition_date", "date_objection", "objection_date", "date_demande", "le");
        alias(a, "channel", "canal", "media", "support", "moyen");
        return new FileSchema("objections", CanonicalColumns.OBJECTIONS, false, a, List.of(),
                List.of("anon_code", "email", "phone"));
    }

    private static FileSchema results() {
        Map<String, String> a = new HashMap<>();
        alias(a, "anon_code", "code_anonyme", "anonymous_code", "code_foyer", "id_foyer", "household_id", "code", "id",
                "code_client", "client_code", "customer_id", "identifiant", "ref", "reference", "external_id");
        phoneAndEmail(a);
        alias(a, "channel", "canal", "media", "support", "moyen", "medium");
        alias(a, "date", "date_evenement", "event_date", "date_contact", "contact_date", "date_heure", "datetime", "timestamp",
                "horodatage", "le", "date_appel", "call_date", "date_envoi", "sent_at");
        alias(a, "time", "heure", "hour", "heure_appel", "call_time");
        alias(a, "outcome", "resultat", "result", "statut", "status", "issue", "qualification", "event", "evenement",
                "action", "reponse", "response");
        alias(a, "amount", "montant", "montant_ttc", "montant_ht", "chiffre_affaires", "ca", "revenue", "order_amount",
                "total");
        alias(a, "margin", "marge", "marge_brute", "gross_margin", "order_margin");
        alias(a, "chain", "chaine", "campagne", "campaign", "chain_name");
        alias(a, "step", "etape", "vague", "wave", "step_name");
        return new FileSchema("results", CanonicalColumns.RESULTS, false, a, List.of("date", "outcome"),
                List.of("anon_code", "email", "phone"));
    }

    private static FileSchema orders() {
        Map<String, String> a = new HashMap<>();
        alias(a, "order_key", "numero_commande", "num_commande", "n_commande", "no_commande", "commande", "id_commande",
                "ref_commande", "order_id", "order_number", "order", "numero_facture", "num_facture",
                "n_facture", "facture", "invoice", "invoice_number", "invoice_id", "piece", "numero_piece", "n_piece");
        alias(a, "line", "ligne", "numero_ligne", "num_ligne", "n_ligne", "no_ligne", "line_number", "line_no", "line_id");
        alias(a, "client_code", "code_client", "client", "id_client", "client_id", "numero_client", "num_client", "n_client",
                "no_client", "ref_client", "customer", "customer_id", "customer_code", "compte", "code");
        alias(a, "date", "date_commande", "date_de_commande", "date_facture", "date_piece", "order_date", "invoice_date",
                "jour", "le");
        alias(a, "amount", "montant", "montant_ht", "ca", "ca_ht", "chiffre_affaires", "chiffre_d_affaires", "total_ht",
                "total", "revenue", "sales", "net_amount");
        alias(a, "gross_margin", "marge", "marge_brute", "marge_ht", "marge_brute_ht", "margin");
        alias(a, "product", "produit", "famille", "famille_produit", "famille_de_produits", "article", "reference_article",
                "ref_article", "product_family", "family", "item", "gamme");
        alias(a, "channel", "canal", "canal_de_vente", "agence", "branch", "magasin", "point_de_vente", "site", "store");
        return new FileSchema("orders", CanonicalColumns.ORDERS, false, a,
                List.of("order_key", "client_code", "date", "amount", "gross_margin"), List.of());
    }

    private static void alias(Map<String, String> aliases, String canonical, String... names) {
        for (String name : names) {
            aliases.putIfAbsent(ColumnNames.normalize(name), canonical);
        }
    }
}
