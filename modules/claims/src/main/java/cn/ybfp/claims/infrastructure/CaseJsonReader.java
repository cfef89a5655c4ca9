package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.domain.CaseField;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.InvalidCaseException.Problem;
import cn.ybfp.claims.domain.Person;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Money;
import cn.ybfp.kernel.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the settlement case JSON, exactly in the shape of SETTLEMENT.md ({@link CaseJsonWriter} writes it). Reading
 * checks the whole case and reports
 * every problem at once, each naming the claim and the field; unknown fields are refused, because a misspelt
 * optional field ({@code outOfPolicyCosts}) would otherwise silently read as 0 and overpay.
 */
public final class CaseJsonReader {

    private static final Set<String> CASE_FIELDS =
            jsonNames(EnumSet.of(CaseField.SCHEME, CaseField.PERSON, CaseField.CLAIMS));
    private static final Set<String> PERSON_FIELDS =
            jsonNames(EnumSet.range(CaseField.CATEGORIES, CaseField.BIRTH_DATE));
    private static final Set<String> CLAIM_FIELDS = jsonNames(EnumSet.range(CaseField.ID, CaseField.ADMISSION_DATE));

    private CaseJsonReader() {}

    /** @throws InvalidCaseException listing every problem of the case */
    public static SettlementCase read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidCaseException(Problem.ofCase(null, "json.case"));
        }
        List<Problem> problems = new ArrayList<>();
        unknownFields(root, CASE_FIELDS, null, problems);
        String scheme = text(get(root, CaseField.SCHEME));
        Person person = person(get(root, CaseField.PERSON), problems);
        List<Claim> claims = claims(get(root, CaseField.CLAIMS), problems);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return new SettlementCase(scheme, person, claims);
    }

    private static Person person(JsonNode node, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(Problem.ofCase(CaseField.PERSON, "json.person"));
            return null;
        }
        Refusal subject = InvalidCaseException.person();
        List<Problem> own = new ArrayList<>();
        unknownFields(node, PERSON_FIELDS, subject, own);
        Set<AssistanceCategory> categories = EnumSet.noneOf(AssistanceCategory.class);
        JsonNode list = get(node, CaseField.CATEGORIES);
        if (list != null && !list.isNull() && !list.isArray()) {
            own.add(Problem.of(subject, CaseField.CATEGORIES, "json.array"));
        } else if (list != null) {
            for (JsonNode item : list) {
                AssistanceCategory category =
                        constant(AssistanceCategory.class, item, CaseField.CATEGORIES, subject, own);
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        LocalDate birthDate = date(node, CaseField.BIRTH_DATE, subject, own);
        return construct(() -> new Person(categories, birthDate), own, problems);
    }

    private static List<Claim> claims(JsonNode node, List<Problem> problems) {
        if (node == null || !node.isArray()) {
            problems.add(Problem.ofCase(CaseField.CLAIMS, "json.array"));
            return List.of();
        }
        List<Claim> claims = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String id = item.isObject() ? text(get(item, CaseField.ID)) : null;
            if (!item.isObject()) {
                problems.add(Problem.of(InvalidCaseException.claimAt(i + 1), null, "json.object"));
            } else if (id == null || id.isBlank()) {
                problems.add(Problem.of(InvalidCaseException.claimAt(i + 1), CaseField.ID, "blank"));
            } else {
                claims.add(claim(item, id, problems));
            }
        }
        return claims;
    }

    /** "第 2 条费用明细" for the claim at {@code index}; only built for a problem, not for each claim read. */
    private static Claim claim(JsonNode node, String id, List<Problem> problems) {
        Refusal subject = InvalidCaseException.claim(id);
        List<Problem> own = new ArrayList<>();
        unknownFields(node, CLAIM_FIELDS, subject, own);
        ClaimKind kind = constant(ClaimKind.class, get(node, CaseField.KIND), CaseField.KIND, subject, own);
        LocalDate date = date(node, CaseField.DATE, subject, own);
        Integer level = hospitalLevel(get(node, CaseField.HOSPITAL_LEVEL), subject, own);
        Referral referral = constant(Referral.class, get(node, CaseField.REFERRAL), CaseField.REFERRAL, subject, own);
        JsonNode outOfProvince = get(node, CaseField.OUT_OF_PROVINCE);
        if (outOfProvince != null && !outOfProvince.isNull() && !outOfProvince.isBoolean()) {
            own.add(Problem.of(subject, CaseField.OUT_OF_PROVINCE, "json.boolean"));
        }
        boolean abroad = outOfProvince != null && outOfProvince.asBoolean();
        BigDecimal total = amount(node, CaseField.TOTAL_COST, subject, own);
        BigDecimal outOfPolicy = amount(node, CaseField.OUT_OF_POLICY_COST, subject, own);
        BigDecimal reduction = amount(node, CaseField.HOSPITAL_REDUCTION, subject, own);
        BigDecimal supplementary = amount(node, CaseField.SUPPLEMENTARY_INSURANCE, subject, own);
        String disease = disease(get(node, CaseField.DISEASE), subject, own);
        LocalDate admissionDate = date(node, CaseField.ADMISSION_DATE, subject, own);
        return construct(
                () -> new Claim(
                        id,
                        kind,
                        date,
                        level,
                        referral,
                        abroad,
                        total,
                        outOfPolicy,
                        reduction,
                        supplementary,
                        disease,
                        admissionDate),
                own,
                problems);
    }

    /**
     * Builds the domain object even after reading found problems, so that its own checks (a missing hospital level,
     * out-of-policy cost above the total) are reported in the same answer; a field reading already reported (and
     * passed on as missing) is not reported twice. {@code null} when anything is wrong.
     */
    private static <T> T construct(Supplier<T> constructor, List<Problem> own, List<Problem> problems) {
        problems.addAll(own);
        try {
            T built = constructor.get();
            return own.isEmpty() ? built : null;
        } catch (InvalidCaseException e) {
            Set<CaseField> reported =
                    own.stream().map(Problem::field).filter(Objects::nonNull).collect(Collectors.toSet());
            e.problems().stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
            return null;
        }
    }

    private static JsonNode get(JsonNode node, CaseField field) {
        return node.get(field.jsonName());
    }

    private static Set<String> jsonNames(Set<CaseField> fields) {
        return fields.stream().map(CaseField::jsonName).collect(Collectors.toUnmodifiableSet());
    }

    private static void unknownFields(JsonNode node, Set<String> known, Refusal subject, List<Problem> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(Problem.of(subject, null, "json.unknownField", name));
            }
        }
    }

    /** The text of a value; {@code null} for a missing or null value. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static <E extends Enum<E>> E constant(
            Class<E> type, JsonNode node, CaseField field, Refusal subject, List<Problem> problems) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
            problems.add(Problem.of(subject, field, "json.unknownValue", text, allowed));
            return null;
        }
    }

    private static LocalDate date(JsonNode parent, CaseField field, Refusal subject, List<Problem> problems) {
        String text = text(get(parent, field));
        if (text == null) {
            return null;
        }
        try {
            return isoDate(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(subject, field, "json.date", text));
            return null;
        }
    }

    /**
     * {@link LocalDate#parse} (ISO, strict), with a short way for the plain form {@code 2022-03-10}: the same date,
     * and anything else (or an impossible day) is left to {@code parse}, so that the same texts are refused. The
     * short way takes the 29th to the 31st too where the month has them: otherwise a tenth of all dates went through
     * the formatter, and its parsing machinery was compiled and run for them.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && (day <= 28 || day <= Month.of(month).length(Year.isLeap(year)))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits {@code text[from, to)} spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A disease code is a string ({@code "M03900"}); the claim checks its form. */
    private static String disease(JsonNode node, Refusal subject, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(Problem.of(subject, CaseField.DISEASE, "disease.format", node.toString()));
            return null;
        }
        return node.asText();
    }

    private static Integer hospitalLevel(JsonNode node, Refusal subject, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(Problem.of(subject, CaseField.HOSPITAL_LEVEL, "level.range"));
            return null;
        }
        return node.intValue();
    }

    /** Amounts are strings as in the specification; JSON numbers are accepted with their exact decimal digits. */
    private static BigDecimal amount(JsonNode parent, CaseField field, Refusal subject, List<Problem> problems) {
        JsonNode node = get(parent, field);
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.isTextual() ? node.asText() : "";
        if (isPlainFen(text)) {
            return new BigDecimal(text); // what Money.parse gives, without its pattern match
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(subject, field, "json.amount", node.toString()));
            return null;
        }
    }

    /** {@code 12000.00}: ASCII digits, a point and exactly two digits, the form of every amount the generator writes. */
    private static boolean isPlainFen(String text) {
        int point = text.length() - 3;
        if (point < 1 || text.charAt(point) != '.') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != point && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
