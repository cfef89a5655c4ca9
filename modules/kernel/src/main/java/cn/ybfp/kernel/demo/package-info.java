/**
 * The living demo province's one mechanism: each module that keeps work offers a {@link cn.ybfp.kernel.demo.DemoPart}
 * bean that does a year of that work through its own application services, as the demo users would have done it on
 * the pages. The portal runs the parts in order once, on the first start of {@code ./portal start}; production never
 * does. A module that does not exist simply adds no part.
 */
package cn.ybfp.kernel.demo;
