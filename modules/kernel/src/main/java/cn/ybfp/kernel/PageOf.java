package cn.ybfp.kernel;

import java.util.List;

/** One page of a list, with what the pager needs. */
public record PageOf<T>(List<T> rows, int page, int pageSize, long total) {

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
