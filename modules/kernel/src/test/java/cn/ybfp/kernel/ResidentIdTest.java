package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.kernel.InvalidResidentIdException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void acceptsTheStandardsOwnExampleWithCheckCharacterX() {
        // GB 11643's example 11010519491231002X:
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 → 'X'
        ResidentId id = ResidentId.parse("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE); // 17th digit 2 is even
    }

    @Test
    void derivesBirthDateAndMaleSexFromAnOddSequenceDigit() {
        // 22011219800101123: weighted sum 148, 148 mod 11 = 5 → check character '7'; 17th digit 3 is odd
        ResidentId id = ResidentId.parse("220112198001011237");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void acceptsLowerCaseXAndSurroundingBlanks() {
        assertThat(ResidentId.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void rejectsAWrongCheckDigitWithTheReason() {
        assertThatThrownBy(() -> ResidentId.parse("220112198001011238"))
                .isInstanceOf(InvalidResidentIdException.class)
                .hasMessage("身份证号校验位错误")
                .extracting(e -> ((InvalidResidentIdException) e).reason())
                .isEqualTo(Reason.CHECK_DIGIT);
    }

    @Test
    void rejectsEachKindOfMalformedNumberWithItsOwnReason() {
        assertReason(null, Reason.EMPTY);
        assertReason("  ", Reason.EMPTY);
        assertReason("22011219800101123", Reason.LENGTH);
        assertReason("2201121980010112X7", Reason.CHARACTERS);
        assertReason("220112198002301230", Reason.BIRTH_DATE); // 30 February
        assertReason("220112180001011230", Reason.BIRTH_DATE); // before 1900
    }

    @Test
    void masksAllButTheFirstSixAndLastFourCharacters() {
        ResidentId id = ResidentId.parse("220112198001011237");
        assertThat(id.masked()).isEqualTo("220112********1237");
        assertThat(id.toString()).isEqualTo("220112********1237").doesNotContain("19800101");
    }

    @Test
    void computesTheCheckCharacterForGenerators() {
        assertThat(ResidentId.checkCharacter("22011220120501002")).isEqualTo('X'); // sum 123, 123 mod 11 = 2
        assertThat(ResidentId.parse("22011220120501002X").birthDate()).isEqualTo(java.time.LocalDate.of(2012, 5, 1));
    }

    private static void assertReason(String input, Reason reason) {
        assertThatThrownBy(() -> ResidentId.parse(input))
                .isInstanceOf(InvalidResidentIdException.class)
                .hasMessage(reason.message());
    }
}
