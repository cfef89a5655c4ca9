package cn.ybfp.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Text a clerk must type, at most {@link #max} characters; each failure reports its own message. */
@Documented
@Constraint(validatedBy = {})
@NotBlank(message = "{validation.required}")
@Size(message = "{validation.tooLong}")
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface RequiredText {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
