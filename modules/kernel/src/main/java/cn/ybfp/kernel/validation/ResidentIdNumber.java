package cn.ybfp.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A resident ID number (GB 11643-1999): 18 characters, a real birth date and the right check digit. */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface ResidentIdNumber {

    String message() default "{validation.residentId}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
