package cn.ybfp.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A date as a date input sends it: 年-月-日 (2026-01-31), a day that exists. */
@Documented
@Constraint(validatedBy = IsoDateValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface IsoDate {

    String message() default "{validation.isoDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
