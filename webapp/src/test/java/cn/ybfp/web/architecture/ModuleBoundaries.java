package cn.ybfp.web.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The module rule: under {@code ROOT.<module>..}, a class may use another module only through that module's
 * {@code api} package; the shared {@code kernel} is open to all. The portal ({@code web}) holds every module's
 * controllers, so it may also call a module's {@code application} services, but never its domain or infrastructure.
 */
final class ModuleBoundaries {

    private ModuleBoundaries() {}

    static ArchRule rule(String root) {
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = moduleOf(root, item.getPackageName());
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            if (!target.startsWith(root + ".")) {
                                continue;
                            }
                            String module = moduleOf(root, target);
                            boolean allowed = module.equals(own)
                                    || module.equals("kernel")
                                    || target.startsWith(root + "." + module + ".api")
                                    || own.equals("web") && target.startsWith(root + "." + module + ".application");
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                });
    }

    private static String moduleOf(String root, String packageName) {
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
