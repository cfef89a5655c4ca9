package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.RegisterCommands;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database's own constraint message quotes the value it refused: "Key (id_number)=(…) already exists", which
 * Hibernate logs. The server's log (the files Payara Micro writes here, {@code target/payara-it.log.*}) must show
 * it masked.
 */
@ExtendWith(ArquillianExtension.class)
class MaskedLogIT {

    private static final Caller YUNSHAN = caller(Role.TOWNSHIP_STAFF, "220112001");
    /** Payara Micro's --logtofile target/payara-it.log writes payara-it.log.0, .1…: read them all. */
    private static final Path LOGS = Path.of("target");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(MaskedLogIT.class);
    }

    @Inject
    RegisterCommands register;

    @PersistenceContext(unitName = "ybfp")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void theUniqueIdNumberConstraintIsLoggedWithTheNumberMasked() throws Exception {
        String first = newIdNumber();
        String second = newIdNumber();
        register.register(YUNSHAN, new PersonForm(first, "日志甲", null, "220112001", null, null, "地址"));
        register.register(YUNSHAN, new PersonForm(second, "日志乙", null, "220112001", null, null, "地址"));

        // as a race between two clerks registering one person would: the second row hits the unique constraint
        transaction.begin();
        try {
            assertThatThrownBy(() -> em.createNativeQuery("update person set id_number = ?1 where id_number = ?2")
                            .setParameter(1, first)
                            .setParameter(2, second)
                            .executeUpdate())
                    .isInstanceOf(RuntimeException.class);
        } finally {
            transaction.rollback();
        }

        String log = logWith(ResidentId.mask(first));
        assertThat(log).contains("id_number").doesNotContain(first);
    }

    private static String serverLog() throws java.io.IOException {
        StringBuilder log = new StringBuilder();
        try (var files = Files.list(LOGS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("payara-it.log"))
                    .toList()) {
                log.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return log.toString();
    }

    /** The server's log once it holds {@code text}: the file handler writes from a queue, a moment later. */
    private static String logWith(String text) throws Exception {
        String log = "";
        for (int i = 0; i < 50 && !log.contains(text); i++) {
            Thread.sleep(200);
            log = serverLog();
        }
        assertThat(log).as("the server's log mentions the refused row").contains(text);
        return log;
    }
}
