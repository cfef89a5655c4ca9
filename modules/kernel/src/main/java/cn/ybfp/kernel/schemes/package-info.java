/**
 * The province's bounds on the schemes (no over- and no under-protection): the claims module asks every
 * {@link cn.ybfp.kernel.schemes.SchemeGuard} bean before it saves a scheme, and the supervision module offers one.
 */
package cn.ybfp.kernel.schemes;
