package org.geoprospect.privacy;

/**
 * Normalises phone numbers so that one person's number compares equal however it was typed, and
 * so that an exported number never starts with {@code +} (a spreadsheet would read it as a formula and
 * the CSV writer would have to prefix an apostrophe).
 *
 * <p>Rules: every character but digits is dropped; French numbers become the ten-digit national
 * form {@code 0XXXXXXXXX} ({@code +33 6 12 34 56 78}, {@code 0033612345678}, {@code +33 (0)6 12 34 56 78}
 * and {@code 06.12.34.56.78} all give {@code 0612345678}); a nine-digit number not starting with 0 is a
 * French number whose leading zero a spreadsheet dropped, and gets it back; other international numbers
 * keep their country code behind the {@code 00} international prefix dialled from France
 * ({@code +44 20 7946 0000} gives {@code 00442079460000}), which stays dialable and safe.
 *
 * <p>{@link #forDisplay} is the form written to exports, cards and tour sheets: the French grouping in
 * pairs ({@code 06 12 34 56 78}). Measured with LibreOffice 7.4 (en-US and fr-FR): a cell
 * {@code 0612345678}, even quoted, is read as the number 612345678 and loses its leading zero, while
 * {@code 06 12 34 56 78} stays text. Stateless.
 */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /**
     * The normalised form of a phone number (see the class comment).
     *
     * @return the digits, or null when the input is null or holds no digit
     */
    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.strip();
        StringBuilder b = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        String digits = b.toString();
        if (digits.isEmpty()) {
            return null;
        }
        String international;
        if (trimmed.startsWith("+")) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = digits.substring(2);
        } else {
            return digits.length() == 9 && digits.charAt(0) != '0' ? "0" + digits : digits;
        }
        if (international.startsWith("33")) {
            String national = international.substring(2);
            return national.startsWith("0") ? national : "0" + national;
        }
        return "00" + international;
    }

    /**
     * The form shown and exported: a French ten-digit number in pairs ({@code 06 12 34 56 78}); an
     * international one as {@code 00 } followed by its digits ({@code 00 442079460000}); anything else
     * as its digits. Never starts with {@code +} or {@code =}, and a spreadsheet keeps it as text.
     *
     * @return the display form, or null when the input holds no digit
     */
    public static String forDisplay(String phone) {
        String digits = normalise(phone);
        if (digits == null) {
            return null;
        }
        if (digits.length() == 10 && digits.charAt(0) == '0') {
            StringBuilder b = new StringBuilder(14);
            for (int i = 0; i < 10; i += 2) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(digits, i, i + 2);
            }
            return b.toString();
        }
        if (digits.startsWith("00")) {
            return "00 " + digits.substring(2);
        }
        return digits;
    }
}
