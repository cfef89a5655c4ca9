package cn.ybfp.kernel.sampling;

import java.time.LocalDate;
import java.util.List;

/** A module's decisions of a kind for sampling: those of one county, decided from {@code from} to {@code to}. */
public interface DecisionSource {

    /** {@code CASE}, {@code BILL} or {@code BOOKLET}. */
    String kind();

    List<Decision> decisions(String county, LocalDate from, LocalDate to);
}
