package cn.ybfp.kernel;

import java.util.Arrays;
import java.util.Optional;

/** The three portal roles, as Keycloak's realm roles name them, each at the level of division it works at. */
public enum Role {
    TOWNSHIP_STAFF(Role.TOWNSHIP, DivisionLevel.TOWNSHIP),
    COUNTY_STAFF(Role.COUNTY, DivisionLevel.COUNTY),
    PROVINCE_SUPERVISOR(Role.PROVINCE, DivisionLevel.PROVINCE);

    /** The role names for {@code @RolesAllowed}, which needs constants. */
    public static final String TOWNSHIP = "township-staff";

    public static final String COUNTY = "county-staff";
    public static final String PROVINCE = "province-supervisor";

    private final String roleName;
    private final DivisionLevel level;

    Role(String roleName, DivisionLevel level) {
        this.roleName = roleName;
        this.level = level;
    }

    public String roleName() {
        return roleName;
    }

    /** The level of division a user with this role must belong to. */
    public DivisionLevel level() {
        return level;
    }

    public static Optional<Role> ofRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
