package cn.ybfp.kernel.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a form bean: the date typed into field {@link #to} is not before the one in {@link #from} (a validity's end not
 * before its start). Reported at {@code to}; a blank or unreadable date is left to that field's own constraints.
 */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DatesInOrder {

    String from();

    String to();

    String message() default "{validation.datesInOrder}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
