package cn.ybfp.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An amount in yuan as typed: never negative, at most two decimals (分), thousands separators allowed. */
@Documented
@Constraint(validatedBy = YuanValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Yuan {

    String message() default "{validation.yuan}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
