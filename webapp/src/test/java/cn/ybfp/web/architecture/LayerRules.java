package cn.ybfp.web.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules inside a module ({@code ROOT.<module>.<layer>..}), which the new modules copy: web → application →
 * domain, infrastructure implements the domain's ports, the api stands alone, pages get plain records, and today's
 * date comes from the kernel's clock. Each rule is checked on the portal and proven to fire on a fixture.
 */
final class LayerRules {

    /** What each layer of a module may use of its own module (kernel and other modules: {@link ModuleBoundaries}). */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "api", Set.of("api"),
            "domain", Set.of("api", "domain"),
            "application", Set.of("api", "domain", "application", "infrastructure"),
            "infrastructure", Set.of("api", "domain", "infrastructure"));

    private LayerRules() {}

    /**
     * Within a module: the api uses nothing else of it, the domain neither application nor infrastructure, the
     * infrastructure not the application, and the application the infrastructure only through interfaces (the
     * domain's ports), never a concrete class.
     */
    static ArchRule layering(String root) {
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("respect the layers of their module") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String[] own = moduleAndLayer(root, item.getPackageName());
                        // the portal's packages are features (register, claims, …), not layers
                        Set<String> allowed = own == null || own[0].equals("web") ? null : MAY_USE.get(own[1]);
                        if (allowed == null) {
                            return;
                        }
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            String[] target =
                                    moduleAndLayer(root, d.getTargetClass().getPackageName());
                            if (target == null || !target[0].equals(own[0])) {
                                continue;
                            }
                            boolean concreteInfrastructure = own[1].equals("application")
                                    && target[1].equals("infrastructure")
                                    && !d.getTargetClass().isInterface();
                            if (!allowed.contains(target[1]) || concreteInfrastructure) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                });
    }

    /**
     * What an application service hands out or takes in is plain: no class of a domain package and no JPA type
     * (an entity, an embeddable, or {@code jakarta.persistence}) in the public methods and constructors of a public
     * class of an application package, generic arguments included.
     */
    static ArchRule plainApplicationSignatures(String root) {
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..application..")
                .and()
                .arePublic()
                .should(new ArchCondition<JavaClass>("have no domain or JPA type in their public signatures") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Stream.<JavaCodeUnit>concat(item.getMethods().stream(), item.getConstructors().stream())
                                .filter(unit -> unit.getModifiers().contains(JavaModifier.PUBLIC))
                                .filter(unit -> !unit.getModifiers().contains(JavaModifier.SYNTHETIC))
                                .forEach(unit -> signatureTypes(unit)
                                        .filter(type -> isDomainOrJpa(root, type))
                                        .distinct()
                                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                                unit, unit.getFullName() + " exposes " + type.getName()))));
                    }
                });
    }

    /** Web types belong to the portal: no module uses the Servlet or JAX-RS API. */
    static ArchRule noWebTypesInModules(String root) {
        return ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "jakarta.ws.rs..")
                .because("a module is called by the portal's controllers, never from HTTP directly");
    }

    private static final Set<String> DATES =
            Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.ZonedDateTime");

    /**
     * Today is Beijing's, read from a {@link java.time.Clock} that is injected (the portal produces the kernel's
     * Beijing clock, and a test can set another), never from the server's own zone nor from {@code Beijing}'s static
     * {@code today()} and {@code now()}, which are the command line's: every date agrees, and tests can set it.
     */
    static ArchRule clockOnlyInKernel(String root) {
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .doNotHaveFullyQualifiedName(root + ".kernel.Beijing")
                .should(new ArchCondition<JavaClass>("read the time of day only from the kernel's clock") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                            var target = call.getTarget();
                            boolean injectedClock = target.getRawParameterTypes().stream()
                                    .anyMatch(type -> type.isEquivalentTo(java.time.Clock.class));
                            boolean serverZone = target.getOwner().isEquivalentTo(java.time.Clock.class)
                                    && target.getName().equals("systemDefaultZone");
                            boolean staticClock = target.getOwner().getName().equals(root + ".kernel.Beijing")
                                    && Set.of("today", "now").contains(target.getName());
                            if (serverZone
                                    || staticClock
                                    || target.getName().equals("now")
                                            && !injectedClock
                                            && DATES.contains(target.getOwner().getName())) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                })
                .because("Beijing is the one clock: a day's limits begin at midnight in Beijing");
    }

    private static Stream<JavaClass> signatureTypes(JavaCodeUnit unit) {
        return Stream.concat(
                unit.getReturnType().getAllInvolvedRawTypes().stream(),
                unit.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream()));
    }

    private static boolean isDomainOrJpa(String root, JavaClass type) {
        String[] at = moduleAndLayer(root, type.getPackageName());
        return at != null && at[1].equals("domain")
                || type.getPackageName().startsWith("jakarta.persistence")
                || type.isAnnotatedWith("jakarta.persistence.Entity")
                || type.isAnnotatedWith("jakarta.persistence.Embeddable");
    }

    /** {module, layer} of a package under the root, or null outside it or above the layers. */
    private static String[] moduleAndLayer(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String[] parts = packageName.substring(root.length() + 1).split("\\.");
        return parts.length < 2 ? null : new String[] {parts[0], parts[1]};
    }
}
