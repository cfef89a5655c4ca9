package cn.ybfp.divisions.api;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;

/**
 * The part of the province a caller may see: a township user its township, a county user its county with all its
 * townships, a province supervisor the whole province. Because division codes are hierarchical this is one prefix,
 * which every scoped query uses as {@code code LIKE :pattern}.
 */
public record Jurisdiction(DivisionCode root) {

    public static Jurisdiction of(Caller caller) {
        return new Jurisdiction(caller.division());
    }

    public boolean contains(DivisionCode code) {
        return root.contains(code);
    }

    /** The SQL LIKE pattern matching every division code inside; the prefix holds digits only, nothing to escape. */
    public String likePattern() {
        return root.prefix() + "%";
    }
}
