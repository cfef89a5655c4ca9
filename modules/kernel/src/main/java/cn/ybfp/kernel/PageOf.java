package cn.ybfp.kernel;

import java.util.List;

/**
 * One page of a list, with what the pager needs. {@code more}: the list was counted only up to {@code total} and has
 * more rows than that (a search too wide to be worth counting to the end).
 */
public record PageOf<T>(List<T> rows, int page, int pageSize, long total, boolean more) {

    public PageOf(List<T> rows, int page, int pageSize, long total) {
        this(rows, page, pageSize, total, false);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
