/**
 * Reading the lists that civil affairs and rural revitalisation push for the data exchange (数据交换比对): an Excel
 * (.xlsx) or CSV file becomes a stream of {@link cn.ybfp.register.infrastructure.exchange.ExchangeRow}s with the raw
 * text a clerk sees ({@link cn.ybfp.register.infrastructure.exchange.ExchangeFileReader}, the kernel's
 * {@link cn.ybfp.kernel.tables.TableReader} with the exchange's
 * {@link cn.ybfp.register.infrastructure.exchange.ExchangeColumn}s), plus the helpers that interpret that text
 * ({@link cn.ybfp.kernel.tables.TableDates}, {@link cn.ybfp.register.infrastructure.exchange.CategoryNames}), the
 * row's own checks and the store that stages and compares the rows. Reading does not touch the register: the
 * comparison decides what a row means, and rejects it with a reason when the text cannot be understood.
 */
package cn.ybfp.register.infrastructure.exchange;
