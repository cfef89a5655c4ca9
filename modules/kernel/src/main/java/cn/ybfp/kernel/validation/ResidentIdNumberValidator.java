package cn.ybfp.kernel.validation;

import cn.ybfp.kernel.InvalidResidentIdException;
import cn.ybfp.kernel.ResidentId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ResidentIdNumber}: what {@link ResidentId#parse} accepts; blank passes. */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            ResidentId.parse(value);
            return true;
        } catch (InvalidResidentIdException e) {
            return false;
        }
    }
}
