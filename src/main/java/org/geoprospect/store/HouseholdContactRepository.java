package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.HouseholdContact;

/**
 * Reads the personal fields of households. <b>Only {@code privacy.ContactPolicy} may use this
 * class</b> (checked by the architecture test): every personal field that reaches a screen or a file
 * goes through that one gate. Contacts are written by {@link HouseholdRepository#upsertAll}.
 * Thread-safe. Never log what it returns.
 */
public final class HouseholdContactRepository {
    private final ProjectDatabase database;

    public HouseholdContactRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The personal fields of one household, empty when none are stored. */
    public Optional<HouseholdContact> find(String anonCode) {
        Objects.requireNonNull(anonCode, "anonCode");
        return Transactions.read(database, "read a household's contact fields", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(HouseholdRows.SELECT_CONTACT + " WHERE anon_code = ?")) {
                ps.setString(1, anonCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(HouseholdRows.readContact(rs)) : Optional.<HouseholdContact>empty();
                }
            }
        });
    }

    /**
     * The personal fields of many households in one query (for an export).
     *
     * @return contacts by anonymous code; codes without stored contact are absent
     */
    public Map<String, HouseholdContact> findAll(Collection<String> anonCodes) {
        Objects.requireNonNull(anonCodes, "anonCodes");
        return Transactions.read(database, "read the households' contact fields", connection -> {
            Map<String, HouseholdContact> contacts = new HashMap<>();
            CodeLookup.forCodes(connection, HouseholdRows.SELECT_CONTACT, anonCodes, rs -> {
                HouseholdContact contact = HouseholdRows.readContact(rs);
                contacts.put(contact.anonCode(), contact);
            });
            return contacts;
        });
    }

    /** Receives one household's e-mail and phone as stored (either may be null). */
    @FunctionalInterface
    public interface ContactKeys {
        void accept(String anonCode, String email, String phone);
    }

    /**
     * Hands every household's e-mail and phone to {@code keys}, streamed; meant for the privacy gate's
     * matching of results files by e-mail or phone (the values never leave it).
     */
    public void forEachContactKey(ContactKeys keys) {
        Objects.requireNonNull(keys, "keys");
        Transactions.read(database, "read the households' contact fields", connection -> {
            try (java.sql.Statement st = connection.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT anon_code, email, phone FROM household_contact"
                         + " WHERE email IS NOT NULL OR phone IS NOT NULL")) {
                while (rs.next()) {
                    keys.accept(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            }
            return null;
        });
    }
}
