package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.ScreenKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The screens' flags (a port). A {@code townshipPattern} is a jurisdiction's LIKE pattern. */
public interface ScreenFlags {

    void add(ScreenFlag flag);

    void flush();

    /** Which of these keys are flagged already. */
    Set<String> existing(Collection<String> keys);

    Optional<ScreenFlag> find(String townshipPattern, long id);

    /** The year's flags in the area, of a kind (null: any), open ones only or all, newest first. */
    List<ScreenFlag> list(String townshipPattern, int year, ScreenKind kind, boolean openOnly, int limit);

    /** Open flags in the area, per kind. */
    java.util.Map<ScreenKind, Long> openCounts(String townshipPattern);
}
