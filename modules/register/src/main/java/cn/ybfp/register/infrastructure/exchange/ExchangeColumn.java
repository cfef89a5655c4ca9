package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.tables.TableColumn;
import cn.ybfp.kernel.tables.TableColumns;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of an exchange list and the header names they are recognised by, for the kernel's table reader.
 * Departments name their columns in several ways ("身份证号码", "*身份证号", "认定日期（yyyy-mm-dd）"), so a header is
 * normalised before it is looked up (see {@link TableColumns}): full-width characters become half-width, blanks and
 * the {@code *} that templates put on required columns go, and a trailing note in brackets is dropped; the English
 * names are matched ignoring case, {@code _} and {@code -}.
 *
 * <p>The end date and document number are optional: a list of people who are all still recognised often has no
 * 终止日期 column, and the rows then simply have none. The labels are also the headers of the error file, so that the
 * clerk can correct the rejected rows and upload them again.
 */
public enum ExchangeColumn implements TableColumn {
    ID_NUMBER("身份证号", true, ExchangeRow::idNumber, "身份证号码", "公民身份号码", "居民身份证号", "居民身份证号码", "idNumber"),
    NAME("姓名", true, ExchangeRow::name, "人员姓名", "name"),
    CATEGORY("类别", true, ExchangeRow::category, "救助对象类别", "身份类别", "人员类别", "对象类别", "category"),
    DIVISION("行政区划", true, ExchangeRow::division, "行政区划代码", "区划代码", "division", "divisionCode"),
    RECOGNISED_DATE("认定日期", true, ExchangeRow::recognisedDate, "认定时间", "recognisedDate", "recognizedDate"),
    END_DATE("终止日期", false, ExchangeRow::endDate, "退出日期", "终止时间", "退出时间", "endDate"),
    DOCUMENT_NUMBER("文号", false, ExchangeRow::documentNumber, "认定文号", "documentNumber");

    /** The columns, in this order, as the kernel's reader looks them up. */
    static final TableColumns<ExchangeColumn> COLUMNS = TableColumns.of(ExchangeColumn.class);

    private final String label;
    private final boolean required;
    private final Function<ExchangeRow, String> value;
    private final List<String> aliases;

    ExchangeColumn(String label, boolean required, Function<ExchangeRow, String> value, String... aliases) {
        this.label = label;
        this.required = required;
        this.value = value;
        this.aliases = List.of(aliases);
    }

    /** The Chinese header, as in the template and in messages ("缺少列：身份证号"). */
    @Override
    public String label() {
        return label;
    }

    /** Whether a file without this column is refused. */
    @Override
    public boolean required() {
        return required;
    }

    /** The other headers it is recognised by: Chinese variants and English names. */
    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** This column's value in a row (for writing rows back, e.g. into the error file). */
    public String valueIn(ExchangeRow row) {
        return value.apply(row);
    }

    /** The column a header cell names, or empty for a column the exchange does not use (序号, 备注, …). */
    public static Optional<ExchangeColumn> ofHeader(String header) {
        return COLUMNS.ofHeader(header);
    }
}
