package cn.ybfp.kernel.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The set of columns a module reads, and the header names they are recognised by. Departments name their columns in
 * several ways ("身份证号码", "*身份证号", "认定日期（yyyy-mm-dd）"), so a header is normalised before it is looked up:
 * full-width characters become half-width, blanks and the {@code *} that templates put on required columns go, and a
 * trailing note in brackets is dropped; the English names are matched ignoring case, {@code _} and {@code -}.
 *
 * @param <C> the module's column type, usually an enum implementing {@link TableColumn}
 */
public final class TableColumns<C extends TableColumn> {

    private final List<C> all;
    private final Map<String, C> byHeader = new HashMap<>();
    private final Map<TableColumn, Integer> index = new HashMap<>();

    private TableColumns(List<C> all) {
        this.all = all;
        for (int i = 0; i < all.size(); i++) {
            C column = all.get(i);
            index.put(column, i);
            register(Objects.requireNonNull(column.label(), "label of " + column.name()), column);
            for (String alias : column.aliases()) {
                register(alias, column);
            }
        }
    }

    /** Every constant of an enum, in declaration order (the order missing columns are named in). */
    public static <E extends Enum<E> & TableColumn> TableColumns<E> of(Class<E> type) {
        return of(List.of(type.getEnumConstants()));
    }

    /**
     * The given columns, in that order.
     *
     * @throws IllegalArgumentException when there are none, or one header (label or alias) names two columns
     */
    public static <C extends TableColumn> TableColumns<C> of(Collection<? extends C> columns) {
        List<C> all = List.copyOf(new LinkedHashSet<>(columns));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        return new TableColumns<>(all);
    }

    private void register(String header, C column) {
        String key = normalise(header);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("header \"" + header + "\" of " + column.name() + " is blank");
        }
        C previous = byHeader.put(key, column);
        if (previous != null && previous != column) {
            throw new IllegalArgumentException(
                    "header " + header + " names both " + previous.name() + " and " + column.name());
        }
    }

    /** The columns, in the order given. */
    public List<C> all() {
        return all;
    }

    /** The column a header cell names, or empty for a column the module does not use (序号, 备注, …). */
    public Optional<C> ofHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byHeader.get(normalise(header)));
    }

    /** The position of {@code column} in {@link #all()}, or -1 when it is not one of these columns. */
    int indexOf(TableColumn column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    /** The labels of some of these columns, as a message lists them: "身份证号、姓名". */
    static String labels(Collection<? extends TableColumn> columns) {
        List<String> labels = new ArrayList<>(columns.size());
        for (TableColumn column : columns) {
            labels.add(column.label());
        }
        return String.join("、", labels);
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '【' || c == '[') {
                break; // a note: 认定日期(yyyy-mm-dd), 身份证号【必填】
            }
            if (!Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && c != '\uFEFF'
                    && c != '*'
                    && c != '_'
                    && c != '-'
                    && c != ':') {
                kept.append(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
