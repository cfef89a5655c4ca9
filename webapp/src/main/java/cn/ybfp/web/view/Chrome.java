package cn.ybfp.web.view;

import java.util.List;

/**
 * What the layout shows around every page: who is logged in, as what, where, and the navigation that role may use.
 * {@code roleKey} and the link labels are message keys.
 */
public record Chrome(
        String displayName, String roleKey, String divisionName, String divisionCode, List<NavLink> links) {

    public record NavLink(String labelKey, String path) {}
}
