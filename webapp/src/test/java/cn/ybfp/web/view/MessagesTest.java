package cn.ybfp.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.api.SchemeFieldName;
import cn.ybfp.claims.application.SettlementException;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.api.PersonStatus;
import cn.ybfp.register.api.WriteOffReason;
import cn.ybfp.register.application.RegisterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(keys(Locale.ENGLISH)).isEqualTo(keys(Locale.CHINESE));
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp/WEB-INF/views"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                KEY_IN_TEMPLATE.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys(Locale.CHINESE)).containsAll(used);
    }

    /** Each module's refusals (kernel Refusal): the same keys in both languages, and no Chinese in English. */
    @Test
    void everyRefusalOfEveryModuleHasItsEnglishText() {
        for (String texts : List.of(
                CaseRefusedException.TEXTS,
                RegisterException.TEXTS,
                SettlementException.TEXTS,
                InvalidCaseException.TEXTS,
                SchemeFieldName.TEXTS,
                BookletsException.TEXTS,
                cn.ybfp.contracts.domain.ContractsException.TEXTS,
                cn.ybfp.monitoring.domain.MonitoringException.TEXTS,
                cn.ybfp.institutions.domain.InstitutionsException.TEXTS,
                cn.ybfp.supervision.domain.SupervisionException.TEXTS,
                cn.ybfp.kernel.tables.TableFileException.TEXTS,
                "cn.ybfp.kernel.forms")) {
            var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            var chinese = ResourceBundle.getBundle(texts, Locale.CHINESE, control);
            var english = ResourceBundle.getBundle(texts, Locale.ENGLISH, control);
            assertThat(english.keySet()).as(texts).isEqualTo(chinese.keySet());
            for (String key : english.keySet()) {
                assertThat(english.getString(key)).as(texts + " " + key).doesNotContainPattern("[\\u4e00-\\u9fff]");
            }
        }
    }

    /** Keys the portal's code asks for by name ({@code Messages.get}, download names) are in both bundles. */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Pattern named =
                Pattern.compile("(?:Messages\\.get\\([^,]+|Downloads\\.name\\(request), \"([a-z][A-Za-z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                named.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).contains("download.bill", "form.fieldError");
        assertThat(keys(Locale.CHINESE)).containsAll(used);
        assertThat(keys(Locale.ENGLISH)).containsAll(used);
    }

    /** The enumerations the pages show through {@code labels.of}: every constant, in both languages, no Chinese in English. */
    @Test
    void everyConstantThePagesShowHasItsLabelInBothLanguages() {
        List<Class<? extends Enum<?>>> shown = List.of(
                AssistanceCategory.class,
                DiseaseKind.class,
                cn.ybfp.booklets.api.RecognitionStatus.class,
                cn.ybfp.booklets.api.RecognitionSource.class,
                cn.ybfp.booklets.api.BookletStatus.class,
                cn.ybfp.booklets.api.WithdrawalReason.class,
                cn.ybfp.booklets.api.Finding.class,
                cn.ybfp.booklets.api.Responsible.class,
                cn.ybfp.booklets.api.AuditAction.class,
                cn.ybfp.booklets.api.HealthListStatus.class,
                cn.ybfp.booklets.api.ListRowOutcome.class,
                cn.ybfp.contracts.api.ServiceType.class,
                cn.ybfp.contracts.api.ContractStatus.class,
                cn.ybfp.contracts.api.EndReason.class,
                cn.ybfp.contracts.api.MemberRole.class,
                cn.ybfp.contracts.api.PaymentRule.class,
                cn.ybfp.contracts.api.RunStatus.class,
                cn.ybfp.contracts.api.LineKind.class,
                cn.ybfp.contracts.api.ImportStatus.class,
                cn.ybfp.contracts.api.ImportOutcome.class,
                cn.ybfp.monitoring.api.WarningKind.class,
                cn.ybfp.monitoring.api.WarningStatus.class,
                cn.ybfp.monitoring.api.FeedbackOutcome.class,
                cn.ybfp.monitoring.api.FeedbackStatus.class,
                cn.ybfp.monitoring.api.ScreenKind.class,
                cn.ybfp.monitoring.api.ReviewOutcome.class,
                cn.ybfp.supervision.api.ReportField.class,
                cn.ybfp.supervision.api.ReportStatus.class,
                cn.ybfp.supervision.api.SampleMethod.class,
                cn.ybfp.supervision.api.SampleFinding.class,
                cn.ybfp.supervision.api.RectificationStatus.class,
                cn.ybfp.supervision.api.DecisionKind.class,
                WriteOffReason.class,
                EnrolmentStatus.class,
                ExchangeOutcome.class,
                PersonStatus.class,
                Referral.class,
                ClaimKind.class,
                PaymentMethod.class,
                Material.class,
                CaseState.class,
                AppealOutcome.class,
                CaseAction.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(new EnumLabels(Locale.CHINESE).of(constant)).doesNotStartWith("enum.");
                assertThat(new EnumLabels(Locale.ENGLISH).of(constant))
                        .doesNotStartWith("enum.")
                        .doesNotContainPattern("[\\u4e00-\\u9fff]");
            }
        }
        assertThat(new EnumLabels(Locale.ENGLISH).of(CaseState.FINAL)).isEqualTo("Notice ended, waiting for payment");
        assertThat(new EnumLabels(Locale.CHINESE).of(CaseState.FINAL)).isEqualTo("公示期满，待拨付");
    }

    @Test
    void everyRoleAndLevelAndErrorHasItsText() {
        for (String key : List.of(
                "role.township-staff",
                "role.county-staff",
                "role.province-supervisor",
                "level.PROVINCE",
                "level.CITY",
                "level.COUNTY",
                "level.TOWNSHIP",
                "error.400",
                "error.401",
                "error.403",
                "error.404",
                "error.405",
                "error.500")) {
            assertThat(Messages.get(Locale.CHINESE, key)).as(key).isNotBlank();
        }
    }

    @Test
    void aChineseBrowserOfAnyRegionGetsChineseAndOthersFallBackToChinese() {
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "nav.home")).isEqualTo("首页");
        assertThat(Messages.get(Locale.forLanguageTag("zh-Hans-CN"), "nav.home"))
                .isEqualTo("首页");
        assertThat(PortalLocale.resolve(null, List.of(Locale.FRENCH))).isEqualTo(Locale.CHINESE);
        assertThat(PortalLocale.resolve(null, List.of(Locale.FRENCH, Locale.UK)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(PortalLocale.resolve("en", List.of(Locale.CHINA))).isEqualTo(Locale.ENGLISH);
        assertThat(PortalLocale.resolve("xx", List.of())).isEqualTo(Locale.CHINESE);
    }

    @Test
    void fillsInArguments() {
        assertThat(Messages.get(Locale.CHINESE, "home.townshipCount", 3)).isEqualTo("所辖乡镇（街道）3 个");
        assertThat(Messages.get(Locale.CHINESE, "no.such.key")).isNull();
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Messages.bundle(locale).keySet());
    }
}
