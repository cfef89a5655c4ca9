package cn.ybfp.kernel;

/**
 * Who is asking: the logged-in user with the one role and the division that Keycloak vouches for.
 * Every query that reads casework takes a caller, so that scoping to the division cannot be forgotten.
 */
public record Caller(String username, String displayName, Role role, DivisionCode division) {

    public Caller {
        if (role == null || division == null) {
            throw new IllegalArgumentException("caller needs a role and a division");
        }
        if (division.level() != role.level()) {
            throw new IllegalArgumentException("division " + division + " does not fit role " + role.roleName());
        }
    }
}
