package cn.ybfp.booklets.domain;

import java.util.List;
import java.util.Optional;

/** The disease catalogues of every pooling region and year. */
public interface CatalogueEntries {

    /** A region's catalogue of a year, by code. */
    List<CatalogueEntry> of(String region, int year);

    /** Every catalogue: its region, year and how many diseases of each kind it covers. */
    List<CatalogueSize> catalogues();

    Optional<CatalogueEntry> find(long id);

    boolean exists(String region, int year, String code);

    void add(CatalogueEntry entry);

    /** Writes what is pending now: a unique key or a version that clashes fails here, inside the command. */
    void flush();

    /** A catalogue's size, for the list of catalogues. */
    record CatalogueSize(String region, int year, long chronic, long special, long notCovered) {}

    /** The entry of the disease in a region's catalogue of a year. */
    Optional<CatalogueEntry> find(String region, int year, String code);

    /** True when the region has a catalogue of its own for the year. */
    boolean has(String region, int year);
}
