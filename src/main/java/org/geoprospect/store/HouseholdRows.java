package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.Interests;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Maps households and their contacts to and from rows of {@code household} and {@code household_contact}. */
final class HouseholdRows {
    /** Read columns, in result order. */
    static final List<String> COLUMNS = List.of("anon_code", "lon", "lat", "x", "y", "geom", "commune_insee",
            "interests", "household_size", "age_band", "income_band",
            "consent_email", "consent_email_date", "consent_sms", "consent_sms_date",
            "consent_phone", "consent_phone_date", "consent_postal", "consent_postal_date",
            "consent_source", "last_contact_date");
    /** Written columns, in binding order: the read columns, then the position's precision. */
    static final List<String> WRITE_COLUMNS = java.util.stream.Stream.concat(COLUMNS.stream(),
            java.util.stream.Stream.of("position_precision")).toList();
    static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM household";
    /** {@link #SELECT} plus, as the last column, the day the household entered the project (schema V2). */
    static final String SELECT_WITH_COLLECTION = "SELECT " + String.join(", ", COLUMNS) + ", collected_on FROM household";
    static final List<String> CONTACT_COLUMNS = List.of("anon_code", "first_name", "last_name", "address",
            "postal_code", "city", "phone", "email");
    static final String SELECT_CONTACT = "SELECT " + String.join(", ", CONTACT_COLUMNS) + " FROM household_contact";
    private static final Channel[] CONSENT_ORDER = {Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.POSTAL};
    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(Interests.SEPARATOR));

    private HouseholdRows() {
    }

    static void bind(PreparedStatement ps, HouseholdEntry entry, GeometryFactory factory) throws SQLException {
        Household h = entry.household();
        ps.setString(1, h.anonCode());
        ps.setDouble(2, h.lon());
        ps.setDouble(3, h.lat());
        ps.setDouble(4, h.x());
        ps.setDouble(5, h.y());
        ps.setObject(6, factory.createPoint(new Coordinate(h.x(), h.y())));
        ps.setString(7, h.communeInsee());
        ps.setString(8, h.interests().isEmpty() ? null : String.join(Interests.SEPARATOR, h.interests()));
        ps.setInt(9, h.householdSize());
        ps.setString(10, h.ageBand());
        ps.setString(11, h.incomeBand());
        int index = 12;
        for (Channel channel : CONSENT_ORDER) {
            Consent consent = h.consent(channel);
            ps.setBoolean(index++, consent.granted());
            ps.setObject(index++, consent.date());
        }
        ps.setString(20, h.consentSource());
        ps.setObject(21, h.lastContactDate());
        ps.setString(22, entry.precision());
    }

    /** Reads a household from a row selected with {@link #SELECT}; its consent map names all four channels. */
    static Household read(ResultSet rs) throws SQLException {
        String interests = rs.getString(8);
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        int index = 12;
        for (Channel channel : CONSENT_ORDER) {
            boolean granted = rs.getBoolean(index++);
            LocalDate date = rs.getObject(index++, LocalDate.class);
            consents.put(channel, granted || date != null ? new Consent(granted, date) : Consent.NONE);
        }
        return new Household(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                rs.getString(7), interests == null ? List.of() : split(interests),
                rs.getInt(9), rs.getString(10), rs.getString(11), consents, rs.getString(20),
                rs.getObject(21, LocalDate.class));
    }

    /** The interest codes of a stored list (a plain scan: this runs once per household when a project opens). */
    static List<String> split(String joined) {
        char separator = Interests.SEPARATOR.charAt(0);
        List<String> codes = new java.util.ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == separator) {
                if (i > start) {
                    codes.add(joined.substring(start, i));
                }
                start = i + 1;
            }
        }
        return codes;
    }

    static void bindContact(PreparedStatement ps, HouseholdContact c) throws SQLException {
        ps.setString(1, c.anonCode());
        ps.setString(2, c.firstName());
        ps.setString(3, c.lastName());
        ps.setString(4, c.address());
        ps.setString(5, c.postalCode());
        ps.setString(6, c.city());
        ps.setString(7, c.phone());
        ps.setString(8, c.email());
    }

    /** Reads a contact from a row selected with {@link #SELECT_CONTACT}. */
    static HouseholdContact readContact(ResultSet rs) throws SQLException {
        return new HouseholdContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
