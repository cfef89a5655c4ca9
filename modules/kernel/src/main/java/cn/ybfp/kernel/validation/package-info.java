/**
 * The portal's own Bean Validation constraints for what a clerk types, written once and used by every module's form
 * beans: an amount in yuan ({@link cn.ybfp.kernel.validation.Yuan}), a date ({@link cn.ybfp.kernel.validation.IsoDate}),
 * a resident ID number with its check digit ({@link cn.ybfp.kernel.validation.ResidentIdNumber}) and two dates in
 * order ({@link cn.ybfp.kernel.validation.DatesInOrder}). Blank passes each of them: {@code @NotBlank} says whether a
 * field is required. The messages are keys of the portal's {@code ValidationMessages} bundles.
 */
package cn.ybfp.kernel.validation;
