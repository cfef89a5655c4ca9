package cn.ybfp.web.deployment;

import cn.ybfp.web.support.TestPeople;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one Arquillian deployment every in-container test shares: the real WAR that Maven built, plus AssertJ and the
 * test classes, so the tests run against exactly what ships.
 */
public final class PortalDeployment {

    private PortalDeployment() {}

    public static WebArchive war(Class<?>... testClasses) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ybfp.war"))
                .addAsLibrary(jarOf(Assertions.class))
                .addClasses(testClasses)
                .addClass(TestPeople.class);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
