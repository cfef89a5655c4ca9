package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.Person;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.kernel.AssistanceCategory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic settlement cases for benchmarks and simulations: {@code ClaimCaseGenerator N FILE.jsonl [SEED]} writes
 * N valid cases, one per line, the same file for the same seed. The mix is meant to reach every layer: both demo
 * schemes, several identities at once, all claim kinds (outpatient ones with or without a disease code, inpatient ones
 * with or without an admission date), referrals, out-of-province stays, costs from a few hundred
 * yuan to several hundred thousand (so that caps and the upper segments are hit), and some claims in the January
 * after the scheme's year (so that the yearly reset is exercised).
 */
public final class ClaimCaseGenerator {

    static final long DEFAULT_SEED = 20_221_016L;
    private static final AssistanceCategory[] CATEGORIES = AssistanceCategory.values();
    /** Chronic and special diseases of the demo catalogue (shared/domain/CHRONIC-DISEASES.md). */
    private static final String[] CHRONIC = {"M03900", "M01600", "M04600", "M05300", "M02101"};

    private static final String[] SPECIAL = {"M07803", "M07804", "M07800", "M00503", "M08300", "M01102"};

    private final SplittableRandom random;

    ClaimCaseGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("用法 usage: ClaimCaseGenerator N FILE.jsonl [SEED]");
            System.exit(SettleCommand.USAGE_ERROR);
        }
        long count = Long.parseLong(args[0]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), UTF_8)) {
            new ClaimCaseGenerator(seed).write(count, out);
        }
    }

    void write(long count, Writer out) throws IOException {
        JsonGenerator json = Json.MAPPER.createGenerator(out);
        for (long i = 0; i < count; i++) {
            CaseJsonWriter.write(next(), json);
            json.writeRaw('\n');
        }
        json.flush();
    }

    SettlementCase next() {
        boolean jilin = random.nextBoolean();
        int year = jilin ? 2022 : 2019;
        Person person = new Person(categories(), LocalDate.of(year - 1, 12, 31).minusDays(random.nextInt(365 * 85)));
        int claimCount = 1 + random.nextInt(6);
        List<Claim> claims = new ArrayList<>(claimCount);
        for (int i = 1; i <= claimCount; i++) {
            claims.add(claim("c" + i, year, !jilin));
        }
        return new SettlementCase(jilin ? "jl-2022" : "sd-2019", person, claims);
    }

    /** Four in ten ordinary insured, the rest one or two identities (多重身份). */
    private Set<AssistanceCategory> categories() {
        Set<AssistanceCategory> categories = EnumSet.noneOf(AssistanceCategory.class);
        if (random.nextInt(10) >= 4) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                categories.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
        }
        return categories;
    }

    private Claim claim(String id, int year, boolean withPku) {
        // one claim in thirty falls into the next January: a new medical year
        LocalDate date = random.nextInt(30) == 0
                ? LocalDate.of(year + 1, 1, 1 + random.nextInt(31))
                : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        int dice = random.nextInt(100);
        ClaimKind kind = dice < 65
                ? ClaimKind.INPATIENT
                : dice < 85
                        ? ClaimKind.OUTPATIENT_CHRONIC
                        : dice < 95 || !withPku ? ClaimKind.OUTPATIENT_SPECIAL : ClaimKind.SPECIAL_FOOD_PKU;
        BigDecimal total = switch (kind) {
            case INPATIENT -> logUniform(500, 400_000);
            case OUTPATIENT_CHRONIC -> logUniform(50, 3_000);
            case OUTPATIENT_SPECIAL -> logUniform(200, 30_000);
            case SPECIAL_FOOD_PKU -> logUniform(300, 6_000);
        };
        BigDecimal outOfPolicy = share(total, random.nextInt(21));
        BigDecimal reduction = random.nextInt(10) == 0 ? share(total, random.nextInt(6)) : BigDecimal.ZERO;
        BigDecimal supplementary = random.nextInt(20) == 0 ? share(total, random.nextInt(11)) : BigDecimal.ZERO;
        boolean inpatient = kind == ClaimKind.INPATIENT;
        return new Claim(
                id,
                kind,
                date,
                inpatient ? 1 + random.nextInt(3) : null,
                inpatient ? referral() : Referral.NONE,
                inpatient && random.nextInt(10) == 0,
                total,
                outOfPolicy,
                reduction,
                supplementary,
                disease(kind),
                inpatient && random.nextBoolean() ? date.minusDays(random.nextInt(60)) : null);
    }

    /** Half the outpatient disease claims name their disease, as the command line allows. */
    private String disease(ClaimKind kind) {
        String[] codes = switch (kind) {
            case OUTPATIENT_CHRONIC -> CHRONIC;
            case OUTPATIENT_SPECIAL -> SPECIAL;
            default -> null;
        };
        return codes == null || random.nextBoolean() ? null : codes[random.nextInt(codes.length)];
    }

    private Referral referral() {
        int dice = random.nextInt(10);
        return dice < 7 ? Referral.NONE : dice < 9 ? Referral.COMPLIANT : Referral.NON_COMPLIANT;
    }

    /** Costs spread evenly over orders of magnitude, as hospital bills are. */
    private BigDecimal logUniform(double low, double high) {
        double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal total, int percent) {
        return total.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.DOWN);
    }
}
