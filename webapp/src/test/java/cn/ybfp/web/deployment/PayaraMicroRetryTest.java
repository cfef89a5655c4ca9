package cn.ybfp.web.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.junit.jupiter.api.Test;

class PayaraMicroRetryTest {

    @Test
    void arquillianLoadsTheRetryInPlaceOfTheConnectorsContainer() {
        LoadableExtension retry = ServiceLoader.load(LoadableExtension.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(PayaraMicroRetry.class::isInstance)
                .findFirst()
                .orElseThrow();
        List<List<Object>> overrides = new ArrayList<>();
        retry.register((LoadableExtension.ExtensionBuilder) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {LoadableExtension.ExtensionBuilder.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("override")) {
                        overrides.add(List.of(args));
                    }
                    return proxy;
                }));
        assertThat(overrides)
                .containsExactly(List.of(
                        DeployableContainer.class,
                        PayaraMicroDeployableContainer.class,
                        PayaraMicroRetry.Container.class));
    }

    @Test
    void aStartIsGoodOnlyWhenItsOutputNamedTheTestServlet() {
        assertThat(PayaraMicroRetry.Container.hasTestServlet(deployed("ArquillianServletRunnerEE9", "FacesServlet")))
                .isTrue();
        assertThat(PayaraMicroRetry.Container.hasTestServlet(deployed("FacesServlet")))
                .isFalse();
        assertThat(PayaraMicroRetry.Container.hasTestServlet(new ProtocolMetaData()))
                .isFalse();
    }

    private static ProtocolMetaData deployed(String... servlets) {
        HTTPContext context = new HTTPContext("127.0.0.1", 8080);
        for (String servlet : servlets) {
            context.add(new Servlet(servlet, "/ybfp"));
        }
        return new ProtocolMetaData().addContext(context);
    }
}
