package cn.ybfp.divisions.api;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import java.util.List;
import java.util.Optional;

/** Answers "which divisions may this caller see"; every page and query that lists places goes through it. */
public interface DivisionDirectory {

    /** The caller's own division first, then everything inside it, ordered by code. */
    List<DivisionView> visibleTo(Caller caller);

    /** The townships among {@link #visibleTo}: the choices of a list's township filter. */
    default List<DivisionView> townshipsVisibleTo(Caller caller) {
        return visibleTo(caller).stream()
                .filter(d -> d.level() == DivisionLevel.TOWNSHIP)
                .toList();
    }

    /** The division, if it exists and lies inside the caller's jurisdiction; empty otherwise (no hint which). */
    Optional<DivisionView> find(Caller caller, DivisionCode code);

    /**
     * A pooling region (统筹地区) as typed, inside the caller's jurisdiction: the portal's schemes and catalogues belong
     * to a city, or to the province for every city without its own (the demo's Jilin pools by city); a county's code is
     * none. Empty when it is none of these.
     */
    default Optional<DivisionCode> poolingRegion(Caller caller, String typed) {
        return DivisionCode.tryParse(typed == null ? "" : typed.strip())
                .filter(code -> code.level() == DivisionLevel.PROVINCE || code.level() == DivisionLevel.CITY)
                .filter(code -> find(caller, code).isPresent());
    }

    /** Every township code of the province: reference data, for checking the codes in uploaded lists. */
    java.util.Set<String> townshipCodes();

    /** The name of any division, for headers and labels; the code itself when it is unknown. */
    String nameOf(DivisionCode code);
}
