/**
 * The province's sampling of county decisions (抽查): each module whose decisions the province checks offers a
 * {@link cn.ybfp.kernel.sampling.DecisionSource} bean, and the supervision module draws its samples from them.
 */
package cn.ybfp.kernel.sampling;
