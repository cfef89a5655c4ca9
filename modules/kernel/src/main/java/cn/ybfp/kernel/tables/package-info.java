/**
 * Reading uploaded tables: an Excel workbook (.xlsx, its first worksheet) or a CSV file (UTF-8 with or without
 * byte-order mark, or GBK) becomes a stream of {@link cn.ybfp.kernel.tables.TableRow}s with the raw text a clerk sees,
 * one at a time, so that a list of a million rows needs little memory. Each module names the columns it reads as an
 * enum implementing {@link cn.ybfp.kernel.tables.TableColumn} (Chinese label, aliases, required or not); the header
 * is found by those names in any order, below any title rows, and a file that cannot be read at all is a
 * {@link cn.ybfp.kernel.tables.TableFileException} with a Chinese (and English) reason.
 * {@link cn.ybfp.kernel.tables.TableDates} reads the dates clerks write in such tables.
 *
 * <p>Used by the register's data exchange (数据交换比对: the lists of civil affairs and rural revitalisation,
 * {@code register.infrastructure.exchange}) and by the booklets' import of the health department's patient list
 * (身份证号, 姓名, 疾病, 诊断机构, 诊断日期). Nothing here interprets a row: the module does, and rejects a row it cannot
 * understand with a reason. Reading .xlsx needs Apache POI ({@code poi-ooxml}), which the kernel has only as an
 * optional dependency: a module that reads tables declares it itself.
 */
package cn.ybfp.kernel.tables;
