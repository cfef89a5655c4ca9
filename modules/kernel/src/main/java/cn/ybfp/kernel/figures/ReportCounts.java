package cn.ybfp.kernel.figures;

import java.util.List;

/**
 * A module's part of the statistical reports: its figures per county for a scope. Implementations count their own
 * tables only; the supervision module sums them, and keeps what a county submitted.
 */
public interface ReportCounts {

    /** The part of the report form the figures belong to, and the first part of their keys ({@code claims}). */
    String section();

    List<ReportCount> counts(ReportScope scope);
}
