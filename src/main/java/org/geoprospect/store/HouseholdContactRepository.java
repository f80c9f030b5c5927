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
}
