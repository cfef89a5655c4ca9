package cn.ybfp.kernel.validation;

import cn.ybfp.kernel.InvalidResidentIdException;
import cn.ybfp.kernel.ResidentId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * {@link ResidentIdNumber}: what {@link ResidentId#parse} accepts; blank passes. A refused number says which part is
 * wrong ({@code validation.residentId.CHECK_DIGIT}, …), as the register's own check does.
 */
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
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "{validation.residentId." + e.reason().name() + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
