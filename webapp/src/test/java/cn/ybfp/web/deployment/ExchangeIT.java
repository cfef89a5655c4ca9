package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.SchemaMigrated;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.api.PersonSearch;
import cn.ybfp.register.application.ExchangeService;
import cn.ybfp.register.application.ExchangeSteps;
import cn.ybfp.register.application.ExchangeView;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data exchange in the deployed WAR: Jakarta Batch jobs compare and apply in the background; of two decisions to apply
 * at once, one counts.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeIT {

    private static final Caller COUNTY = new Caller("xq-it", "it", Role.COUNTY_STAFF, DivisionCode.of("220112"));
    private static final Caller TOWNSHIP = new Caller("xz-it", "it", Role.TOWNSHIP_STAFF, DivisionCode.of("220112001"));
    private static final Caller OTHER_COUNTY = new Caller("xq-it2", "it", Role.COUNTY_STAFF, DivisionCode.of("220221"));
    private static final Caller SECOND_CLERK = new Caller("xq-it3", "it", Role.COUNTY_STAFF, DivisionCode.of("220112"));
    private static final Caller PROVINCE =
            new Caller("sheng-it", "it", Role.PROVINCE_SUPERVISOR, DivisionCode.of("220000"));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(ExchangeIT.class);
    }

    @Inject
    ExchangeSteps steps;

    @Inject
    Event<SchemaMigrated> migrated;

    @Inject
    ExchangeService exchange;

    @Inject
    PersonQueries people;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/ybfp")
    javax.sql.DataSource dataSource;

    @Test
    void twoClerksApplyingAtOnceApplyItExactlyOnce() throws Exception {
        String id = newIdNumber();
        long batch = exchange.upload(
                COUNTY,
                "名单.csv",
                "CIVIL_AFFAIRS",
                csv(id + ",并发甲,低保对象,220112001,2026-01-01,,文号1", "220112000000000000,坏行,低保对象,220112001,2026-01-01,,"));
        ExchangeView view = awaitCompared(batch);
        assertThat(view.counts().get(ExchangeOutcome.NEW_PERSON)).isEqualTo(1);
        assertThat(view.counts().get(ExchangeOutcome.REJECTED)).isEqualTo(1);
        assertThat(exchange.view(OTHER_COUNTY, batch, null, 1)).isEmpty();

        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> apply = () -> exchange.apply(COUNTY, batch);
            List<String> outcomes = pool.invokeAll(List.of(apply, apply)).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            return "failed: " + e;
                        }
                    })
                    .toList();
            // one decision starts the job; the other finds it under way, or already done
            assertThat(outcomes).containsOnlyOnce("applying").hasSize(2);
            assertThat(outcomes)
                    .filteredOn(o -> !o.equals("applying"))
                    .allMatch(o -> o.equals("alreadyApplying") || o.equals("alreadyApplied"));
        } finally {
            pool.shutdown();
        }
        ExchangeView applied = await(batch, "APPLIED");
        assertThat(applied.appliedBy()).isEqualTo(COUNTY.username());
        // the accepted rows are in the register: their staged copies are gone, the counts and the rejected row stay
        assertThat(applied.counts())
                .containsEntry(ExchangeOutcome.NEW_PERSON, 1L)
                .containsEntry(ExchangeOutcome.REJECTED, 1L);
        assertThat(stagedRows(batch)).isEqualTo(1);
        assertThat(people.search(COUNTY, new PersonSearch(id, null, null, null, null, 2026, null), 1)
                        .total())
                .isEqualTo(1);
        assertThat(exchange.apply(COUNTY, batch)).isEqualTo("alreadyApplied");
        assertThatThrownBy(() -> exchange.discard(COUNTY, batch)).isInstanceOf(RegisterException.class);
    }

    @Test
    void aRestartThatCutOffAnApplyLeavesTheListWaitingForADecisionAgain() throws Exception {
        String id = newIdNumber();
        long batch = exchange.upload(COUNTY, "名单.csv", "CIVIL_AFFAIRS", csv(id + ",重启甲,低保,220112001,2026-01-01,,"));
        awaitCompared(batch);
        // decided, but the job never ran: as if the portal had stopped right after the click
        assertThat(steps.decideToApply(new Jurisdiction(COUNTY.division()), batch, COUNTY.username(), 100))
                .isEqualTo("applying");
        assertThat(exchange.apply(COUNTY, batch)).isEqualTo("alreadyApplying");
        assertThatThrownBy(() -> exchange.discard(COUNTY, batch)).hasMessageContaining("正在导入");

        migrated.fire(new SchemaMigrated());

        ExchangeView view = exchange.view(COUNTY, batch, null, 1).orElseThrow();
        assertThat(view.status()).isEqualTo("PREVIEWED");
        assertThat(view.message()).contains("服务器重启", "台账没有任何变化");
        assertThat(view.appliedBy()).isNull();
        assertThat(exchange.apply(COUNTY, batch)).isEqualTo("applying");
        assertThat(await(batch, "APPLIED").message()).isNull();
    }

    /** A second portal instance starting while the first applies leaves that apply alone. */
    @Test
    void anInstanceStartingLeavesAnApplyThatRunsElsewhereAlone() throws Exception {
        String id = newIdNumber();
        long batch = exchange.upload(COUNTY, "名单.csv", "CIVIL_AFFAIRS", csv(id + ",并行甲,低保,220112001,2026-01-01,,"));
        awaitCompared(batch);
        assertThat(steps.decideToApply(new Jurisdiction(COUNTY.division()), batch, COUNTY.username(), 100))
                .isEqualTo("applying");
        try (Connection running = dataSource.getConnection()) { // the other instance's apply holds the batch's row
            running.setAutoCommit(false);
            try (var lock = running.prepareStatement("select status from exchange_batch where id = ? for update")) {
                lock.setLong(1, batch);
                lock.executeQuery().close();
            }
            var starting = Executors.newSingleThreadExecutor();
            try { // in a thread of its own: waiting for the lock instead of skipping it fails here, not hangs
                starting.submit(() -> migrated.fire(new SchemaMigrated())).get(30, TimeUnit.SECONDS);
            } finally {
                running.rollback();
                starting.shutdown();
            }
            assertThat(exchange.view(COUNTY, batch, null, 1).orElseThrow().status())
                    .isEqualTo("APPLYING");
        }
        migrated.fire(new SchemaMigrated()); // no one holds it: a cut apply, waiting for a decision again
        assertThat(exchange.view(COUNTY, batch, null, 1).orElseThrow().status()).isEqualTo("PREVIEWED");
    }

    @Test
    void aTownshipClerkCannotUploadAndABadFileFailsWithItsReason() throws Exception {
        assertThatThrownBy(() -> exchange.upload(TOWNSHIP, "名单.csv", "CIVIL_AFFAIRS", csv()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> exchange.upload(COUNTY, "名单.pdf", "CIVIL_AFFAIRS", csv()))
                .isInstanceOf(RegisterException.class);
        long batch = exchange.upload(
                COUNTY,
                "缺列.csv",
                "CIVIL_AFFAIRS",
                new ByteArrayInputStream("姓名,类别\n张三,低保\n".getBytes(StandardCharsets.UTF_8)));
        ExchangeView view = await(batch, "FAILED");
        assertThat(view.message()).contains("缺少列").contains("身份证号");
    }

    @Test
    void aListChangingMoreThanAHundredRowsIsAppliedByASecondClerk() throws Exception {
        String[] rows = new String[101];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = newIdNumber() + ",批量" + i + ",低保对象,220112001,2026-01-01,,双民〔2026〕" + i + "号";
        }
        long batch = exchange.upload(COUNTY, "一百零一人.csv", "CIVIL_AFFAIRS", csv(rows));
        assertThat(awaitCompared(batch).counts().get(ExchangeOutcome.NEW_PERSON))
                .isEqualTo(101);

        assertThatThrownBy(() -> exchange.apply(COUNTY, batch))
                .isInstanceOf(RegisterException.class)
                .hasMessageContaining("101 行，超过 100 行")
                .hasMessageContaining("须由另一名县级经办人员确认导入");
        assertThat(exchange.view(COUNTY, batch, null, 0).orElseThrow().status()).isEqualTo("PREVIEWED");

        assertThat(exchange.apply(SECOND_CLERK, batch)).isEqualTo("applying");
        assertThat(await(batch, "APPLIED").appliedBy()).isEqualTo(SECOND_CLERK.username());
    }

    @Test
    void anUploadOverTheLimitStopsAtTheLimitAndLeavesNothing() throws Exception {
        // the deployment's limit is 1 MB (arquillian.xml): one byte more is refused while it streams in
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        long before = temporaryUploads();
        assertThatThrownBy(() -> exchange.upload(COUNTY, "大名单.csv", "CIVIL_AFFAIRS", new ByteArrayInputStream(big)))
                .isInstanceOf(RegisterException.class)
                .hasMessageContaining("文件超过 1 MB")
                .satisfies(e -> assertThat(((RegisterException) e).field()).isEqualTo("file"));
        assertThat(temporaryUploads()).isLessThanOrEqualTo(before); // an earlier batch may finish meanwhile
    }

    private static long temporaryUploads() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("ybfp-exchange-"))
                    .count();
        }
    }

    @Test
    void aProvinceSupervisorReadsExchangesButChangesNothing() throws Exception {
        long batch = exchange.upload(
                COUNTY, "名单.csv", "CIVIL_AFFAIRS", csv(newIdNumber() + ",监管甲,低保对象,220112001,2026-01-01,,文号"));
        awaitCompared(batch);

        assertThat(exchange.view(PROVINCE, batch, null, 1)).isPresent();
        assertThatThrownBy(() -> exchange.upload(PROVINCE, "名单.csv", "CIVIL_AFFAIRS", csv()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> exchange.apply(PROVINCE, batch)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> exchange.discard(PROVINCE, batch)).isInstanceOf(NotPermittedException.class);
        // the rejected rows are personal data in bulk: only for the county's clerks
        assertThatThrownBy(() -> exchange.writeErrors(PROVINCE, batch, java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> exchange.writeErrors(OTHER_COUNTY, batch, java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(RegisterException.class);
        assertThat(exchange.view(COUNTY, batch, null, 0).orElseThrow().status()).isEqualTo("PREVIEWED");

        // thrown away by the county: no staged row of the list stays, its counts do
        exchange.discard(COUNTY, batch);
        assertThat(stagedRows(batch)).isZero();
        assertThat(exchange.view(COUNTY, batch, null, 1).orElseThrow().counts())
                .containsEntry(ExchangeOutcome.NEW_PERSON, 1L);
    }

    private long stagedRows(long batch) throws java.sql.SQLException {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("select count(*) from exchange_row where batch_id = ?")) {
            s.setLong(1, batch);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private ExchangeView awaitCompared(long batch) throws InterruptedException {
        return await(batch, "PREVIEWED");
    }

    private ExchangeView await(long batch, String status) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            ExchangeView view = exchange.view(COUNTY, batch, null, 1).orElseThrow();
            if (view.status().equals(status)) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + batch + " never reached " + status);
    }

    private static ByteArrayInputStream csv(String... rows) {
        String text = "身份证号,姓名,类别,行政区划,认定日期,终止日期,文号\n" + String.join("\n", rows) + "\n";
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
