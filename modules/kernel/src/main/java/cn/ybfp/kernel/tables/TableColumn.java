package cn.ybfp.kernel.tables;

import java.util.List;

/**
 * One column of an uploaded table, as a module defines it: usually an enum implementing this interface, one constant
 * per column it reads (see {@link TableReader}). The header cell that names the column is matched against
 * {@link #label()} and {@link #aliases()} after {@link TableColumns} has normalised both, so that "身份证号码",
 * "*身份证号" and "认定日期（yyyy-mm-dd）" are recognised and English names match ignoring case, {@code _} and {@code -}.
 */
public interface TableColumn {

    /** The constant's name, for code and logs (an enum provides it). */
    String name();

    /** The Chinese header, as in the module's template and in messages ("缺少列：身份证号"). */
    String label();

    /** The other headers departments use for this column, Chinese or English; none by default. */
    default List<String> aliases() {
        return List.of();
    }

    /** Whether a file without this column is refused; an optional column that is absent is {@code null} in each row. */
    boolean required();
}
