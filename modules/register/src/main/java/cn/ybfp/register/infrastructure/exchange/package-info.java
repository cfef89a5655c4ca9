/**
 * Reading the lists that civil affairs and rural revitalisation push for the data exchange (数据交换比对): an Excel
 * (.xlsx) or CSV file becomes a stream of {@link cn.ybfp.register.infrastructure.exchange.ExchangeRow}s with the raw
 * text a clerk sees, plus the helpers that interpret that text ({@link
 * cn.ybfp.register.infrastructure.exchange.ExchangeDates}, {@link
 * cn.ybfp.register.infrastructure.exchange.CategoryNames}). Nothing here touches the register: the comparison decides
 * what a row means, and rejects it with a reason when the text cannot be understood.
 */
package cn.ybfp.register.infrastructure.exchange;
