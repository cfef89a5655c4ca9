package cn.ybfp.booklets.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** Who holds a booklet, as other modules count them (the contracts module's coverage of the chronic-care package). */
public interface BookletHolders {

    /**
     * The people of townships matching {@code townshipPattern} (SQL LIKE) whose booklet is valid on {@code day} and
     * covers one of the diseases as a chronic disease on that day, with their township.
     */
    Map<Long, String> chronicHolders(String townshipPattern, Collection<String> diseases, LocalDate day);
}
