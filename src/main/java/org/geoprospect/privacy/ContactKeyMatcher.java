package org.geoprospect.privacy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.store.HouseholdContactRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Finds the household an e-mail or a phone number belongs to, for reading results files back: the
 * contact fields are read here, inside the privacy gate, and only anonymous codes come out. E-mails are
 * compared trimmed and lower-cased, phones in {@link PhoneNumbers#normalise} form. The households' keys
 * are read once, on the first question. Not thread-safe.
 */
public final class ContactKeyMatcher {
    private final HouseholdContactRepository contacts;
    private Map<String, String> byEmail;
    private Map<String, String> byPhone;

    public ContactKeyMatcher(ProjectDatabase database) {
        this.contacts = new HouseholdContactRepository(Objects.requireNonNull(database, "database"));
    }

    /** The anonymous code of the household with this e-mail, or null (also for a null e-mail). */
    public String byEmail(String email) {
        if (email == null) {
            return null;
        }
        load();
        return byEmail.get(email.strip().toLowerCase(Locale.ROOT));
    }

    /** The anonymous code of the household with this phone number, or null (also for a null phone). */
    public String byPhone(String phone) {
        String normalised = PhoneNumbers.normalise(phone);
        if (normalised == null) {
            return null;
        }
        load();
        return byPhone.get(normalised);
    }

    private void load() {
        if (byEmail != null) {
            return;
        }
        byEmail = new HashMap<>();
        byPhone = new HashMap<>();
        contacts.forEachContactKey((code, email, phone) -> {
            if (email != null && !email.isBlank()) {
                byEmail.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), code);
            }
            String digits = PhoneNumbers.normalise(phone);
            if (digits != null) {
                byPhone.putIfAbsent(digits, code);
            }
        });
    }
}
