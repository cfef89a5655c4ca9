package cn.ybfp.web.support;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** The people and callers the portal's tests make up: one place, so that no test draws its own. */
public final class TestPeople {

    /** Adults only (born 1950–1989), so that no child's bonus changes a figure worked out by hand. */
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);

    private static final int BIRTH_DAYS = 40 * 365;

    private TestPeople() {}

    /**
     * A valid ID number from 双阳区 (220112), drawn from 14.6 million (a birth date in 40 years × a sequence of
     * 1,000): tests that share a database never draw the same person.
     */
    public static String newIdNumber() {
        var random = ThreadLocalRandom.current();
        return newIdNumber(FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS)));
    }

    /** A valid ID number from 双阳区 of someone born on that day. */
    public static String newIdNumber(LocalDate birth) {
        String first17 = "220112" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** A clerk as the portal knows one after login. */
    public static Caller caller(String username, Role role, String division) {
        return new Caller(username, username, role, DivisionCode.of(division));
    }

    /** A clerk whose name says only the role ("it-county-staff"). */
    public static Caller caller(Role role, String division) {
        return caller("it-" + role.roleName(), role, division);
    }
}
