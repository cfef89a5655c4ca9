package cn.ybfp.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModuleBoundariesTest {

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.ybfp");
        assertThat(classes).hasSizeGreaterThan(20); // the modules are really on the class path
        ModuleBoundaries.rule("cn.ybfp").check(classes);
    }

    @Test
    void theRuleCatchesAClassThatUsesAnotherModulesDomain() {
        var fixture = new ClassFileImporter().importPackages("fixture.ybfp");
        var result = ModuleBoundaries.rule("fixture.ybfp").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Reacher") && line.contains("beta.domain.Secret"))
                .noneMatch(line -> line.contains("beta.api.Open"))
                .anyMatch(line -> line.contains("web.Page") && line.contains("beta.domain.Secret"))
                .noneMatch(line -> line.contains("beta.application.Service"));
    }
}
