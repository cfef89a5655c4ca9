package cn.ybfp.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The 18-character resident identity number (居民身份证号码, GB 11643-1999): six digits of the division of first
 * registration, eight of the birth date, three of sequence (odd for men), and a check character (ISO 7064 MOD 11-2).
 * Only valid numbers can be constructed; {@link #toString()} is masked so that a full number never reaches a log.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses a number as typed by a clerk: surrounding blanks are ignored and a lower-case x is accepted.
     *
     * @throws InvalidResidentIdException with the reason, when the number is not valid
     */
    public static ResidentId parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidResidentIdException(InvalidResidentIdException.Reason.EMPTY);
        }
        String candidate = input.strip().toUpperCase(java.util.Locale.ROOT);
        if (candidate.length() != 18) {
            throw new InvalidResidentIdException(InvalidResidentIdException.Reason.LENGTH);
        }
        if (!candidate.matches("\\d{17}[\\dX]")) {
            throw new InvalidResidentIdException(InvalidResidentIdException.Reason.CHARACTERS);
        }
        LocalDate birthDate = birthDateOf(candidate);
        if (checkCharacter(candidate) != candidate.charAt(17)) {
            throw new InvalidResidentIdException(InvalidResidentIdException.Reason.CHECK_DIGIT);
        }
        return new ResidentId(candidate, birthDate);
    }

    /** The check character for the first 17 digits (ISO 7064 MOD 11-2); used by the data generators too. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static LocalDate birthDateOf(String candidate) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)),
                    Integer.parseInt(candidate.substring(12, 14)));
            if (date.getYear() < 1900) {
                throw new InvalidResidentIdException(InvalidResidentIdException.Reason.BIRTH_DATE);
            }
            return date;
        } catch (DateTimeException e) {
            throw new InvalidResidentIdException(InvalidResidentIdException.Reason.BIRTH_DATE);
        }
    }

    /** The whole number: for the detail page and the database only, never for lists or logs. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The form for lists and logs: the first six and last four characters, {@code 220112********1234}. */
    public String masked() {
        return mask(value);
    }

    /** Masks any identity-number-like text the same way; shorter text is masked whole. */
    /** Anything that looks like a resident ID number in a free text (an 18-character run, digits and a last X). */
    private static final java.util.regex.Pattern IN_TEXT =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    /**
     * The text with every resident ID number in it masked ("…220112********1237…"): for log lines and messages
     * that may quote a value, such as a database's constraint message.
     */
    public static String maskAll(String text) {
        return text == null ? null : IN_TEXT.matcher(text).replaceAll("$1********$2");
    }

    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return "*".repeat(number == null ? 0 : number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked on purpose: a full number must never end up in a log line by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
