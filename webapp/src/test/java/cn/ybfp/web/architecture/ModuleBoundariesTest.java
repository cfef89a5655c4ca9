package cn.ybfp.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules on the portal's classes, each proven to fire on a fixture that breaks it. */
class ModuleBoundariesTest {

    private static JavaClasses portal;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.ybfp");
        assertThat(portal).hasSizeGreaterThan(20); // the modules are really on the class path
        fixture = new ClassFileImporter().importPackages("fixture.ybfp");
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        ModuleBoundaries.rule("cn.ybfp").check(portal);
    }

    @Test
    void everyModuleKeepsItsLayers() {
        LayerRules.layering("cn.ybfp").check(portal);
    }

    @Test
    void applicationServicesHandOutNoDomainOrJpaType() {
        LayerRules.plainApplicationSignatures("cn.ybfp").check(portal);
    }

    @Test
    void noModuleUsesServletOrJaxRs() {
        LayerRules.noWebTypesInModules("cn.ybfp").check(portal);
    }

    @Test
    void todayComesOnlyFromTheKernelClock() {
        LayerRules.clockOnlyInKernel("cn.ybfp").check(portal);
    }

    @Test
    void theModuleRuleCatchesAClassThatUsesAnotherModulesDomain() {
        assertThat(details(ModuleBoundaries.rule("fixture.ybfp")))
                .anyMatch(line -> line.contains("Reacher") && line.contains("beta.domain.Secret"))
                .noneMatch(line -> line.contains("beta.api.Open"))
                .anyMatch(line -> line.contains("web.Page") && line.contains("beta.domain.Secret"))
                .noneMatch(line -> line.contains("beta.application.Service"));
    }

    @Test
    void theLayerRuleCatchesADomainCallingUpAndAnApplicationUsingConcreteInfrastructure() {
        assertThat(details(LayerRules.layering("fixture.ybfp")))
                .anyMatch(line -> line.contains("beta.domain.Rule") && line.contains("beta.application.Service"))
                .anyMatch(line ->
                        line.contains("beta.application.Leaking") && line.contains("beta.infrastructure.JpaStore"))
                .noneMatch(line -> line.contains("Leaking") && line.contains("beta.domain.Store"))
                .noneMatch(line -> line.contains("JpaStore") && line.contains("beta.domain.Store"));
    }

    @Test
    void theSignatureRuleCatchesDomainAndJpaTypesInPublicMethodsOnly() {
        assertThat(details(LayerRules.plainApplicationSignatures("fixture.ybfp")))
                .anyMatch(line -> line.contains("Leaking.secret()") && line.contains("beta.domain.Secret"))
                .anyMatch(line -> line.contains("Leaking.count(") && line.contains("jakarta.persistence.EntityManager"))
                .noneMatch(line -> line.contains("Leaking.open()"))
                .noneMatch(line -> line.contains("Leaking.hidden("));
    }

    @Test
    void theWebTypeRuleCatchesAModuleAnsweringHttp() {
        assertThat(details(LayerRules.noWebTypesInModules("fixture.ybfp")))
                .anyMatch(line -> line.contains("beta.infrastructure.Endpoint") && line.contains("jakarta.ws.rs"))
                .noneMatch(line -> line.contains("web.Page"));
    }

    @Test
    void theClockRuleCatchesTodayReadOutsideTheKernel() {
        assertThat(details(LayerRules.clockOnlyInKernel("fixture.ybfp")))
                .anyMatch(line -> line.contains("beta.domain.Rule") && line.contains("LocalDate.now()"))
                .anyMatch(line -> line.contains("beta.domain.Rule") && line.contains("Beijing.today()"))
                .noneMatch(line -> line.startsWith("Method <fixture.ybfp.kernel.Beijing"));
    }

    private static List<String> details(ArchRule rule) {
        var result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
