package cn.ybfp.web.deployment;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Starts Payara Micro a second time when the first start came up without Arquillian's test servlet. The Payara Micro
 * connector (3.1) reads the deployed servlets from a snapshot of Payara's console output, taken as soon as the
 * instance configuration is printed; when its reader thread lags (a loaded CI machine), the snapshot can end before
 * the servlet list, and every test of the class then fails with "ArquillianServletRunnerEE9 not found" although the
 * WAR deployed. Registered as an Arquillian extension (META-INF/services); a real deployment failure still fails,
 * because the second start is checked too.
 */
public final class PayaraMicroRetry implements LoadableExtension {

    static final String TEST_SERVLET = "ArquillianServletRunnerEE9";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, Container.class);
    }

    /** The connector's container, checking that the test servlet was seen. */
    public static final class Container extends PayaraMicroDeployableContainer {

        private static final Logger LOG = Logger.getLogger(Container.class.getName());

        @Override
        public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
            ProtocolMetaData deployed = super.deploy(archive);
            if (hasTestServlet(deployed)) {
                return deployed;
            }
            LOG.warning("Payara Micro started but its output was read without " + TEST_SERVLET + "; starting again");
            undeploy(archive);
            ProtocolMetaData again = super.deploy(archive);
            if (!hasTestServlet(again)) {
                throw new DeploymentException(TEST_SERVLET + " not found after a second start of Payara Micro");
            }
            return again;
        }

        static boolean hasTestServlet(ProtocolMetaData deployed) {
            return deployed.getContexts(HTTPContext.class).stream()
                    .anyMatch(context -> context.getServletByName(TEST_SERVLET) != null);
        }
    }
}
