package org.geoprospect.analysis.criteria;

/**
 * The French rules on phone canvassing that depend on history (the hours rule, Mon–Fri 10–13 and
 * 14–20, concerns when to call, not whom): at most {@value #MAX_ATTEMPTS} attempts over the last
 * {@value #ATTEMPT_WINDOW_DAYS} days, none for {@value #REFUSAL_QUIET_DAYS} days after a refusal.
 * Stateless.
 */
public final class PhoneRules {
    public static final int MAX_ATTEMPTS = 4;
    public static final int ATTEMPT_WINDOW_DAYS = 30;
    public static final int REFUSAL_QUIET_DAYS = 60;

    private PhoneRules() {
    }

    /**
     * Whether the household may be called today: fewer than 4 attempts on days today−29..today (a call
     * today would be the 4th at most) and no refusal on days today−59..today.
     */
    public static boolean mayCall(ContactHistory history, int householdId, int today) {
        if (history.phoneAttempts(householdId, today - ATTEMPT_WINDOW_DAYS + 1, today) >= MAX_ATTEMPTS) {
            return false;
        }
        int refusal = history.lastPhoneRefusalDay(householdId);
        return refusal < 0 || refusal <= today - REFUSAL_QUIET_DAYS;
    }
}
