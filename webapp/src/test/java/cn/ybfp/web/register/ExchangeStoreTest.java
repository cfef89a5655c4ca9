package cn.ybfp.web.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.infrastructure.exchange.ExchangeRow;
import cn.ybfp.register.infrastructure.exchange.ExchangeStore;
import cn.ybfp.register.infrastructure.exchange.RowCheck;
import cn.ybfp.web.platform.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-based comparison and apply on real PostgreSQL with the demo people: outcomes per row, a failure half-way
 * through the apply leaving nothing behind, and the retry applying exactly once. The same SQL on embedded H2 (the
 * portal's zero-setup default, which stages rows by insert instead of COPY) in {@link ExchangeStoreOnH2Test}.
 */
class ExchangeStoreTest {

    private static final long BATCH = 7;
    private static final Set<String> TOWNSHIPS = Set.of("220112001", "220112002", "220112100", "220122100");
    // 22011219880808121: weighted sum 266, 266 mod 11 = 2 → check character X
    private static final String NEWCOMER = "22011219880808121X";
    // 22011219900101123: weighted sum 154, 154 mod 11 = 0 → 1; 22011219851212456: 236 mod 11 = 5 → 7
    private static final String NEWCOMER_2 = "220112199001011231";
    private static final String NEWCOMER_3 = "220112198512124567";

    private TestDatabases.Schema schema;
    private DataSource db;

    TestDatabases.Schema freshDatabase() throws SQLException {
        return TestDatabases.freshPostgresSchema(true);
    }

    @BeforeEach
    void migrateAFreshSchemaWithTheDemoPeople() throws SQLException {
        schema = freshDatabase();
        db = schema.dataSource();
        stage(
                BATCH,
                List.of(
                        row(2, "220112195203140228", "王秀兰", "特困人员", "220112001", "2021-01-01", null, "双民发〔2021〕12号"),
                        row(
                                3,
                                "220112197808050312",
                                "李建国",
                                "低保对象",
                                "220112001",
                                "2022-03-01",
                                "2026-06-30",
                                "双民发〔2022〕7号"),
                        row(4, NEWCOMER, "新增甲", "低保户", "220112002", "2026-01-01", null, "双民发〔2026〕1号"),
                        row(5, NEWCOMER, "新增甲", "易返贫致贫", "220112002", "2026-01-01", null, null),
                        row(6, "220112196501200158", "赵德胜", "特困", "220112002", "2026-02-01", null, null),
                        row(7, "220112195203140228", "王秀兰", "特困人员", "220112001", "2021-03-01", null, "新文号"),
                        row(8, "220112196709180264", "孙桂枝", "低保", "220112002", "2026-01-01", null, null),
                        row(9, "220122197007070172", "刘长海", "低保", "220122100", "2026-01-01", null, null)));
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        schema.drop();
    }

    @Test
    void sortsEveryRowIntoItsOutcomeWithoutTouchingTheRegister() throws SQLException {
        try (Connection c = db.getConnection()) {
            var store = new ExchangeStore(c);
            store.compare(BATCH, "220112%");
            var counts = store.counts(BATCH);
            assertThat(counts.get(ExchangeOutcome.UNCHANGED)).isEqualTo(1); // row 2
            assertThat(counts.get(ExchangeOutcome.ENDED_CATEGORY)).isEqualTo(1); // row 3
            assertThat(counts.get(ExchangeOutcome.NEW_PERSON)).isEqualTo(2); // rows 4 and 5, one person
            assertThat(counts.get(ExchangeOutcome.NEW_CATEGORY)).isEqualTo(1); // row 6
            assertThat(counts.get(ExchangeOutcome.REJECTED)).isEqualTo(3); // 7 duplicate, 8 name, 9 scope
            assertThat(reason(7)).isEqualTo("REJECTED 文件中重复的行（与第 2 行相同）");
            assertThat(reason(8)).isEqualTo("REJECTED 姓名与台账不一致");
            assertThat(reason(9)).isEqualTo("REJECTED 行政区划不在您的辖区内");
        }
        assertThat(count("select count(*) from person")).isEqualTo(8);
    }

    @Test
    void aFailureHalfWayLeavesNothingAndTheRetryAppliesExactlyOnce() throws SQLException {
        for (int failingStep = 1; failingStep <= 3; failingStep++) {
            int step = failingStep;
            assertThatThrownBy(() -> applyInOneTransaction(s -> {
                        if (s == step) {
                            throw new SQLException("broken at step " + step);
                        }
                    }))
                    .hasMessageContaining("broken at step " + step);
            assertThat(count("select count(*) from person")).isEqualTo(8);
            assertThat(count("select count(*) from category_membership")).isEqualTo(10);
            assertThat(count("select count(*) from category_membership where valid_to is not null"))
                    .isEqualTo(1);
            assertThat(count("select count(*) from revinfo")).isEqualTo(1);
        }
        applyInOneTransaction(ExchangeStore.ApplyStep.NONE);
        assertThat(count("select count(*) from person where id_number = '" + NEWCOMER + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from category_membership m join person p on p.id = m.person_id"
                        + " where p.id_number = '" + NEWCOMER + "'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from category_membership m join person p on p.id = m.person_id"
                        + " where p.name = '李建国' and m.valid_to = date '2026-06-30'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from category_membership m join person p on p.id = m.person_id"
                        + " where p.name = '赵德胜' and m.category = 'EXTREMELY_POOR'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from person_aud a join revinfo r on r.rev = a.rev"
                        + " where r.username = 'xq-shuangyang'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from category_membership_aud a join revinfo r on r.rev = a.rev"
                        + " where r.username = 'xq-shuangyang'"))
                .isEqualTo(4);

        // compared again, the applied list finds nothing left to do
        try (Connection c = db.getConnection()) {
            var store = new ExchangeStore(c);
            store.compare(BATCH, "220112%");
            assertThat(store.counts(BATCH).get(ExchangeOutcome.NEW_PERSON)).isZero();
            assertThat(store.counts(BATCH).get(ExchangeOutcome.NEW_CATEGORY)).isZero();
        }
    }

    @Test
    void namesTheRuleThatDecidesEachRow() throws SQLException {
        long batch = BATCH + 1;
        stage(
                batch,
                List.of(
                        row(2, "220112195203140228", "王秀兰", "特困人员", "220112001", "2021-01-01", null, "双民发〔2021〕99号"),
                        row(3, "220122197007070172", "刘长海", "低保", "220112001", "2026-01-01", null, null),
                        row(4, "220112195203140228", "王秀兰", "低保", "220112002", "2026-01-01", null, null),
                        row(5, NEWCOMER_2, "新增乙", "低保", "220112001", "2026-01-01", null, null),
                        row(6, NEWCOMER_2, "新增丙", "特困", "220112001", "2026-01-01", null, null),
                        row(7, NEWCOMER_3, "新增丁", "低保", "220112001", "2026-01-01", null, null),
                        row(8, NEWCOMER_3, "新增丁", "特困", "220112001", "2026-01-01", null, null),
                        row(9, NEWCOMER_3, "新增丁", "低保户", "220112001", "2026-02-01", null, null)));
        try (Connection c = db.getConnection()) {
            new ExchangeStore(c).compare(batch, "220112%");
        }
        assertThat(decision(batch, 2)).isEqualTo("CHANGED"); // same start, another document number
        assertThat(decision(batch, 3)).isEqualTo("REJECTED 该人员登记在您的辖区外");
        assertThat(decision(batch, 4)).isEqualTo("REJECTED 行政区划与台账登记的乡镇不一致");
        assertThat(decision(batch, 5)).isEqualTo("REJECTED 同一身份证号在文件中的姓名或行政区划不一致");
        assertThat(decision(batch, 6)).isEqualTo("REJECTED 同一身份证号在文件中的姓名或行政区划不一致");
        assertThat(decision(batch, 7)).isEqualTo("NEW_PERSON");
        assertThat(decision(batch, 8)).isEqualTo("NEW_PERSON"); // the same new person, another category
        assertThat(decision(batch, 9)).isEqualTo("REJECTED 文件中重复的行（与第 7 行相同）");

        applyInOneTransaction(batch, ExchangeStore.ApplyStep.NONE);
        assertThat(count("select count(*) from person where id_number = '" + NEWCOMER_3 + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from household h join person p on p.id = h.head_person_id"
                        + " where p.id_number = '" + NEWCOMER_3 + "' and p.household_id = h.id"))
                .isEqualTo(1);
        assertThat(count("select count(*) from category_membership m join person p on p.id = m.person_id"
                        + " where p.id_number = '" + NEWCOMER_3 + "'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from person where id_number = '" + NEWCOMER_2 + "'"))
                .isZero();
        assertThat(count("select count(*) from category_membership m join person p on p.id = m.person_id"
                        + " where p.name = '王秀兰' and m.document_number = '双民发〔2021〕99号'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from category_membership_aud where revtype = 1"
                        + " and document_number = '双民发〔2021〕99号'"))
                .isEqualTo(1);
    }

    private void applyInOneTransaction(ExchangeStore.ApplyStep failAfter) throws SQLException {
        applyInOneTransaction(BATCH, failAfter);
    }

    private void applyInOneTransaction(long batch, ExchangeStore.ApplyStep failAfter) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                var store = new ExchangeStore(c);
                int revision = store.newRevision("xq-shuangyang", 1_767_225_600_000L);
                store.apply(batch, "220112%", "CIVIL_AFFAIRS", revision, failAfter);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void stage(long batch, List<ExchangeRow> rows) throws SQLException {
        execute("insert into exchange_batch (id, file_name, department, scope_code, uploaded_by, uploaded_at, status,"
                + " rows_read, version) values (" + batch + ", 'list.csv', 'CIVIL_AFFAIRS', '220112', 'test',"
                + " current_timestamp, 'PREVIEWED', 0, 0)");
        var check = new RowCheck(TOWNSHIPS, code -> code.startsWith("220112"));
        try (Connection c = db.getConnection();
                var stager = new ExchangeStore(c).stager(batch)) {
            for (ExchangeRow row : rows) {
                stager.add(check.check(row));
            }
        }
    }

    private static ExchangeRow row(
            int number,
            String id,
            String name,
            String category,
            String division,
            String from,
            String to,
            String document) {
        return new ExchangeRow(number, id, name, category, division, from, to, document);
    }

    private String reason(int rowNumber) throws SQLException {
        return decision(BATCH, rowNumber);
    }

    /** "OUTCOME reason" of a staged row, or just the outcome when it has no reason. */
    private String decision(long batch, int rowNumber) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select outcome, reason from exchange_row where batch_id = ? and row_number = ?")) {
            s.setLong(1, batch);
            s.setInt(2, rowNumber);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(2) == null ? rs.getString(1) : rs.getString(1) + " " + rs.getString(2);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                var s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
