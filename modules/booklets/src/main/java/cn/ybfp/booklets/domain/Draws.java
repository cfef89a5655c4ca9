package cn.ybfp.booklets.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where the monthly draws and their drawn booklets are kept (a port; the infrastructure implements it). */
public interface Draws {

    Optional<BookletDraw> find(String county, YearMonth month);

    Optional<BookletDraw> find(long id);

    /** Draws of counties matching {@code countyPattern} (SQL LIKE), newest month first. */
    List<BookletDraw> list(String countyPattern, int limit);

    List<DrawnBooklet> drawn(long drawId);

    Optional<DrawnBooklet> drawnBooklet(long id);

    /**
     * Stores a draw with its booklets in a transaction of its own, committed on return; throws, and nothing is
     * stored, when the county's month was drawn meanwhile (the unique key decides between two nodes or two clicks).
     */
    void addInOwnTransaction(BookletDraw draw, List<Booklet> drawn);

    void flush();
}
