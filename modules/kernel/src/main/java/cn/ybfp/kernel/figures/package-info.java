/**
 * The statistical reports' one mechanism (统计报表制度, 鲁医保发〔2019〕69号 三（六））: each module that keeps work the
 * province reports on offers a {@link cn.ybfp.kernel.figures.ReportCounts} bean, and the supervision module sums
 * what every bean counts. A module that does not exist simply adds no figures.
 */
package cn.ybfp.kernel.figures;
