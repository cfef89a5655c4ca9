/**
 * Writing the portal's lists (person search, claims, the data exchange's error file, …) as Excel workbooks, streaming, so
 * that an export of a million rows needs little memory.
 */
package cn.ybfp.kernel.excel;
