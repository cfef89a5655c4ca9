package cn.ybfp.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Field;
import java.time.LocalDate;

/** {@link DatesInOrder}: reads the two text fields of the bean. */
public class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Object> {

    private String from;
    private String to;

    @Override
    public void initialize(DatesInOrder constraint) {
        from = constraint.from();
        to = constraint.to();
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        LocalDate start = IsoDateValidator.parse(text(bean, from));
        LocalDate end = IsoDateValidator.parse(text(bean, to));
        if (start == null || end == null || !end.isBefore(start)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(to)
                .addConstraintViolation();
        return false;
    }

    private static String text(Object bean, String name) {
        try {
            Field field = bean.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(bean.getClass().getName() + " has no text field " + name, e);
        }
    }
}
