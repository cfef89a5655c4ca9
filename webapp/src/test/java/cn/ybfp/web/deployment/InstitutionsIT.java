package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.claims.application.InstitutionMatching;
import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.institutions.application.InstitutionService;
import cn.ybfp.institutions.application.InstitutionService.InstitutionForm;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry of designated institutions in the deployed WAR: the province registers them, a claim picks one and
 * takes its name and level, an institution not designated for assistance on the claim's date pays no assistance
 * layer and its bill says why, and claims from before the registry are matched to it by name.
 */
@ExtendWith(ArquillianExtension.class)
class InstitutionsIT {

    private static final Caller SHUANGYANG = caller("it-shuangyang", Role.COUNTY_STAFF, "220112");
    private static final Caller SHUANGYANG_SECOND = caller("it-shuangyang-2", Role.COUNTY_STAFF, "220112");
    private static final Caller NONGAN = caller("it-nongan", Role.COUNTY_STAFF, "220122");
    private static final Caller PROVINCE = caller("it-province", Role.PROVINCE_SUPERVISOR, "220000");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(InstitutionsIT.class);
    }

    @Inject
    InstitutionService institutions;

    @Inject
    InstitutionMatching matching;

    @Inject
    SettlementService settlement;

    @Inject
    ClaimQueries claims;

    @Inject
    RegisterCommands register;

    @Inject
    PersonQueries people;

    @Test
    void aClaimAtAnInstitutionNotDesignatedForAssistancePaysNoAssistanceAndSaysSo() {
        String designated = registered(true, "2020-01-01", null);
        String ended = registered(true, "2020-01-01", "2022-01-31");
        String idNumber = lowIncomePerson();

        // the institution's name and level come from the registry: the claim leaves the level out
        var paid = claims.bill(SHUANGYANG, settlement.confirm(SHUANGYANG, request(idNumber, designated, null)))
                .orElseThrow()
                .claim();
        assertThat(paid.bill().assistance()).isEqualByComparingTo("1190.00");
        assertThat(paid.hospital()).startsWith("测试定点");
        assertThat(paid.hospitalLevel()).isEqualTo(1);

        var unpaid = claims.bill(SHUANGYANG, settlement.confirm(SHUANGYANG, request(idNumber, ended, null)))
                .orElseThrow()
                .claim();
        assertThat(unpaid.bill().assistance()).isEqualByComparingTo("0.00");
        assertThat(unpaid.bill().personalPayment()).isEqualByComparingTo("1700.00");
        assertThat(unpaid.bill().lines()).anyMatch(line -> line.contains("非医疗救助定点机构"));

        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, request(idNumber, designated, 2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 级");
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, request(idNumber, "H22011299999", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("定点医疗机构");
    }

    @Test
    void onlyTheProvinceRegistersAndACountyReadsItsOwn() {
        String code = registered(false, "2020-01-01", null);
        assertThat(institutions.find(SHUANGYANG, code).institution().assistanceDesignated())
                .isFalse();
        assertThatThrownBy(() -> institutions.find(NONGAN, code)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> institutions.add(SHUANGYANG, form("H22011288888", "县里登记", "2020-01-01", null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> institutions.add(PROVINCE, form("H99011200001", "外省", "2020-01-01", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("县（市、区）");
        assertThatThrownBy(() -> institutions.add(PROVINCE, form("X1", "格式", "2020-01-01", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("H 加 11 位数字");
        assertThatThrownBy(() -> institutions.add(PROVINCE, form(newCode(), "倒置", "2022-01-01", "2021-01-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能早于");
    }

    @Test
    void claimsFromBeforeTheRegistryAreMatchedByName() {
        String idNumber = lowIncomePerson();
        String name = "历史医院" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode claim = claim(null);
        claim.put("hospitalLevel", 1);
        settlement.confirm(SHUANGYANG, new ClaimRequest(idNumber, name, null, claim));
        assertThat(matching.unmatched(SHUANGYANG)).anyMatch(u -> u.hospital().equals(name) && u.claims() == 1);
        institutions.add(PROVINCE, new InstitutionForm(newCode(), name, "1", true, "2020-01-01", null, null));
        assertThatThrownBy(() -> matching.match(SHUANGYANG)).isInstanceOf(NotPermittedException.class);
        assertThat(matching.match(PROVINCE)).isGreaterThanOrEqualTo(1);
        assertThat(matching.unmatched(SHUANGYANG)).noneMatch(u -> u.hospital().equals(name));
    }

    private String registered(boolean assistance, String from, String to) {
        String code = newCode();
        institutions.add(PROVINCE, new InstitutionForm(code, "测试定点" + code, "1", assistance, from, to, null));
        return code;
    }

    private static InstitutionForm form(String code, String name, String from, String to) {
        return new InstitutionForm(code, name, "1", true, from, to, null);
    }

    private static String newCode() {
        return "H220112" + String.format("%05d", ThreadLocalRandom.current().nextInt(10_000, 99_999));
    }

    private String lowIncomePerson() {
        String idNumber = newIdNumber();
        long id = register.register(
                SHUANGYANG, new PersonForm(idNumber, "定点测试", "13900000000", "220112001", null, null, "测试地址"));
        register.addCategory(
                SHUANGYANG,
                id,
                new CategoryForm("LOW_INCOME_GUARANTEE", "CIVIL_AFFAIRS", "长民发〔2022〕7号", "2022-01-01", "2030-12-31"));
        long membership = people.detail(SHUANGYANG, id).orElseThrow().memberships().stream()
                .filter(m -> m.pendingBy() != null)
                .findFirst()
                .orElseThrow()
                .id();
        register.confirmCategory(SHUANGYANG_SECOND, id, membership);
        return idNumber;
    }

    /** The claim of SettlementIT's first test (class 2, 10,200 yuan: assistance 1,190.00), at a picked institution. */
    private static ClaimRequest request(String idNumber, String institution, Integer level) {
        return new ClaimRequest(idNumber, null, institution, null, claim(level));
    }

    private static ObjectNode claim(Integer level) {
        ObjectNode claim = JsonNodeFactory.instance.objectNode();
        claim.put("id", "IN" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        claim.put("kind", "INPATIENT");
        claim.put("date", "2022-03-10");
        claim.put("admissionDate", "2022-03-01");
        if (level != null) {
            claim.put("hospitalLevel", level);
        }
        claim.put("totalCost", "10200.00");
        return claim;
    }
}
