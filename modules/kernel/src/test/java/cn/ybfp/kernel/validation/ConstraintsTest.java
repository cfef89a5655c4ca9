package cn.ybfp.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kernel's constraints through Hibernate Validator, on a form bean as the portal's controllers have them. */
class ConstraintsTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @DatesInOrder(from = "validFrom", to = "validTo")
    static class Form {
        @Yuan
        String amount;

        @IsoDate
        String validFrom;

        @IsoDate
        String validTo;

        @ResidentIdNumber
        String idNumber;

        @RequiredText(max = 4)
        String survey = "ok";

        @Text(max = 4)
        String note;

        Form(String amount, String validFrom, String validTo, String idNumber) {
            this.amount = amount;
            this.validFrom = validFrom;
            this.validTo = validTo;
            this.idNumber = idNumber;
        }
    }

    @Test
    void blankPassesEveryConstraint() {
        assertThat(failed(new Form(null, " ", "", null))).isEmpty();
    }

    @Test
    void anAmountInYuanHasAtMostTwoDecimalsAndIsNotNegative() {
        assertThat(failed(new Form("4,560.00", null, null, null))).isEmpty();
        assertThat(failed(new Form("0.1", null, null, null))).isEmpty();
        assertThat(failed(new Form("4560.005", null, null, null))).containsExactly("amount");
        assertThat(failed(new Form("-1.00", null, null, null))).containsExactly("amount");
        assertThat(failed(new Form("四千", null, null, null))).containsExactly("amount");
    }

    @Test
    void aDateIsADayThatExists() {
        assertThat(failed(new Form(null, "2026-02-28", null, null))).isEmpty();
        assertThat(failed(new Form(null, "2026-02-29", null, null))).containsExactly("validFrom");
        assertThat(failed(new Form(null, "2026/02/01", null, null))).containsExactly("validFrom");
    }

    @Test
    void anEndBeforeItsStartIsReportedAtTheEnd() {
        assertThat(failed(new Form(null, "2026-03-01", "2026-03-01", null))).isEmpty(); // one day
        assertThat(failed(new Form(null, "2026-03-01", "2026-02-28", null))).containsExactly("validTo");
        // an unreadable start is its own field's problem, not the order's
        assertThat(failed(new Form(null, "2026-13-01", "2026-02-28", null))).containsExactly("validFrom");
    }

    @Test
    void aResidentIdNumberNeedsItsCheckDigit() {
        // 220112197808050312: the check digit of 22011219780805031 is 2
        assertThat(failed(new Form(null, null, null, "220112197808050312"))).isEmpty();
        assertThat(failed(new Form(null, null, null, "220112197808050313"))).containsExactly("idNumber");
        assertThat(failed(new Form(null, null, null, "2201121978080503"))).containsExactly("idNumber");
    }

    @Test
    void requiredTextIsNeitherBlankNorTooLongAndOptionalTextOnlyNotTooLong() {
        Form form = new Form(null, null, null, null);
        form.survey = "  ";
        form.note = "12345";
        assertThat(messages(form)).containsExactlyInAnyOrder("survey required", "note at most 4");
        form.survey = "12345";
        form.note = null;
        assertThat(messages(form)).containsExactly("survey at most 4");
        form.survey = "1234";
        assertThat(messages(form)).isEmpty();
    }

    private static Set<String> messages(Form form) {
        return VALIDATOR.validate(form).stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .collect(Collectors.toSet());
    }

    private static Set<String> failed(Form form) {
        Set<ConstraintViolation<Form>> violations = VALIDATOR.validate(form);
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
