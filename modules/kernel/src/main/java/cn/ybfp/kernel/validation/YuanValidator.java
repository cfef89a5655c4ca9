package cn.ybfp.kernel.validation;

import cn.ybfp.kernel.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link Yuan}: what {@link Money#parse} reads, not negative; blank passes. */
public class YuanValidator implements ConstraintValidator<Yuan, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            return Money.parse(value.strip().replace(",", "")).signum() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
