package cn.ybfp.register.domain;

/**
 * A department's list that changes many rows of the register is applied by two clerks: the clerk who uploaded it
 * may apply it alone only up to a number of changed rows (demo: 100); above that, another county clerk applies it,
 * and that clerk's decision is the confirmation. The same internal control as the applications' four eyes
 * (吉政办发〔2022〕16号 五（八）: recognition and approval by different hands), for the bulk way categories enter.
 */
public final class SecondClerkRule {

    private SecondClerkRule() {}

    /** True when {@code clerk} may not apply, alone, a list uploaded by {@code uploadedBy} that changes so many rows. */
    public static boolean needsSecondClerk(String clerk, String uploadedBy, long changedRows, long aloneUpTo) {
        return changedRows > aloneUpTo && clerk.equals(uploadedBy);
    }
}
