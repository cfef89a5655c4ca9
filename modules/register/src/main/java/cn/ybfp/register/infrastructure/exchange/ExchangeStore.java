package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.ResidentId;
import cn.ybfp.register.api.ExchangeOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * Compares a staged list with the register and applies it, set-based in SQL so that a million rows take seconds,
 * not a million round trips. Plain JDBC on the caller's connection and transaction: the caller decides where the
 * transaction ends, which is what makes "all or nothing" hold. The SQL runs on PostgreSQL and H2 alike; only the
 * sequence expression differs.
 */
public final class ExchangeStore {

    private final Connection connection;
    private final boolean postgres;

    public ExchangeStore(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static final String STAGED_COLUMNS = "batch_id, row_number, id_number, name, category, category_text,"
            + " division, recognised_date, end_date, document_number, birth_date, sex, row_rejection, outcome";

    /**
     * Writes the rows of a batch with the verdict of their own checks; {@link #compare} turns it into outcomes. On
     * PostgreSQL through {@code COPY}, which takes a million rows in seconds where batched inserts take a quarter of a
     * minute; elsewhere (H2) as batched inserts.
     */
    public final class Stager implements AutoCloseable {

        private final long batchId;
        private final RowSink sink;

        private Stager(long batchId) throws SQLException {
            this.batchId = batchId;
            this.sink = postgres
                    ? new CopySink(connection, "exchange_row (" + STAGED_COLUMNS + ")")
                    : new InsertSink(connection, "exchange_row (" + STAGED_COLUMNS + ")", 14);
        }

        public void add(StagedRow staged) throws SQLException {
            ExchangeRow row = staged.row;
            ResidentId id = staged.residentId;
            sink.row(
                    batchId,
                    row.rowNumber(),
                    cut(id == null ? row.idNumber() : id.value(), 40),
                    cut(row.name(), 100),
                    staged.category == null ? null : staged.category.name(),
                    cut(row.category(), 100),
                    cut(row.division(), 20),
                    staged.recognisedDate,
                    staged.endDate,
                    cut(row.documentNumber(), 100),
                    id == null ? null : id.birthDate(),
                    id == null ? null : id.sex().name(),
                    staged.rejection(),
                    ExchangeOutcome.PENDING.name());
        }

        @Override
        public void close() throws SQLException {
            sink.close();
        }
    }

    public Stager stager(long batchId) throws SQLException {
        return new Stager(batchId);
    }

    /**
     * Decides every row that passed its own checks against the register as it is now: rejected (a duplicate, a
     * person outside the jurisdiction, another name or township), a new person, a new or ended category, changed
     * fields, or nothing to do. Safe to run again: it starts over from the rows' own checks.
     * <p>
     * One statement writes every row once: each staged row is an index entry in four indexes, so a pass per rule
     * (as this began) rewrote a million-row list a dozen times, about a minute.
     */
    public void compare(long batchId, String scopePattern) throws SQLException {
        decide(batchId, scopePattern, "household_id = null, person_id = c.person_id, membership_id = c.membership_id");
    }

    /**
     * {@link #compare}, giving what the apply adds its ids at the same time: a household and a person for the first
     * row of each new ID number (the person heads the household) and a membership for every new category. A
     * sequence value is drawn only in the SET of the row it belongs to, so no query plan can draw it twice.
     */
    private void compareWithNewIds(long batchId, String scopePattern) throws SQLException {
        decide(
                batchId,
                scopePattern,
                "household_id = case when c.first_of_new_person = 1 then "
                        + next("household_seq") + " end, person_id = case when c.first_of_new_person = 1 then "
                        + next("person_seq")
                        + " else c.person_id end, membership_id = case when c.outcome in ('NEW_PERSON',"
                        + " 'NEW_CATEGORY') then " + next("membership_seq") + " else c.membership_id end");
        update(
                "merge into exchange_row r using (select x.batch_id, x.row_number, f.person_id from exchange_row x"
                        + " join exchange_row f on f.batch_id = x.batch_id and f.id_number = x.id_number and f.household_id"
                        + " is not null where x.batch_id = ? and x.outcome = 'NEW_PERSON' and x.household_id is null) c"
                        + " on (r.batch_id = c.batch_id and r.row_number = c.row_number) when matched then update set"
                        + " person_id = c.person_id",
                batchId);
    }

    /** Writes every row's decision once, the ids as {@code ids} says (SQL over the decision {@code c}). */
    private void decide(long batchId, String scopePattern, String ids) throws SQLException {
        analyze();
        if (postgres) {
            // the window sorts and hash joins of a million rows fit in memory; the default 4 MB spills them to disk
            update("set local work_mem = '256MB'");
        }
        // in row order, so that the updates walk the table's pages in the order COPY wrote them
        update(
                "merge into exchange_row r using (select e.*, case when e.outcome = 'NEW_PERSON' and e.row_number ="
                        + " min(case when e.outcome = 'NEW_PERSON' then e.row_number end) over (partition by e.id_number) then 1"
                        + " else 0 end as first_of_new_person from (" + DECISIONS + ") e order by e.row_number) c"
                        + " on (r.batch_id = c.batch_id and r.row_number = c.row_number) when matched then update set"
                        + " outcome = c.outcome, reason = c.reason, " + ids,
                digits(scopePattern) + "%",
                batchId);
    }

    /**
     * Each row's outcome, the first rule that holds deciding, in this order: its own check; a second row for the same
     * person and category (the reason names the first); a person of the register outside the jurisdiction, with
     * another name or in another township; a new person listed twice with different names or townships; then a new
     * person, a new category, an ended category, changed dates or document number, or nothing to do. The register's
     * membership is the one with the same start date if there is one, else the open one of the category.
     */
    private static final String DECISIONS =
            "select d.batch_id, d.row_number, d.id_number, reason, case when reason is not null then"
                    + " 'REJECTED' when person_id is null then 'NEW_PERSON' when membership_id is null then 'NEW_CATEGORY'"
                    + " when end_date is not null and (m_valid_to is null or m_valid_to <> end_date) then 'ENDED_CATEGORY'"
                    + " when m_valid_from <> recognised_date or coalesce(m_document, '') <> coalesce(document_number, '')"
                    + " then 'CHANGED' else 'UNCHANGED' end as outcome, case when row_rejection is null and dup_reason is null"
                    + " then person_id end as person_id, membership_id"
                    + " from (select v.*, m.id as membership_id, m.valid_from as m_valid_from, m.valid_to as m_valid_to,"
                    + " m.document_number as m_document from (select u.*, coalesce(row_rejection, dup_reason, case"
                    + " when person_id is not null and p_township not like ? then '该人员登记在您的辖区外'"
                    + " when person_id is not null and p_name <> name then '姓名与台账不一致'"
                    + " when person_id is not null and p_township <> division then '行政区划与台账登记的乡镇不一致'"
                    + " when person_id is null and (min(case when dup_reason is null then name end) over w"
                    + " <> max(case when dup_reason is null then name end) over w"
                    + " or min(case when dup_reason is null then division end) over w"
                    + " <> max(case when dup_reason is null then division end) over w)"
                    + " then '同一身份证号在文件中的姓名或行政区划不一致' end) as reason"
                    + " from (select t.*, case when t.row_rejection is null and t.row_number > t.first_row then '文件中重复的行（与第 '"
                    + " || cast(first_row as varchar(12)) || ' 行相同）' end as dup_reason"
                    + " from (select x.batch_id, x.row_number, x.id_number, x.name, x.category, x.division, x.recognised_date,"
                    + " x.end_date, x.document_number, x.row_rejection, p.id as person_id, p.name as p_name, p.township_code"
                    + " as p_township, min(case when x.row_rejection is null then x.row_number end)"
                    + " over (partition by x.id_number, x.category) as first_row"
                    + " from exchange_row x left join person p on p.id_number = x.id_number and x.row_rejection is null"
                    + " where x.batch_id = ?) t) u"
                    + " window w as (partition by id_number, case when row_rejection is null then 0 else 1 end)) v"
                    + " left join (select person_id, category, valid_from, min(id) as id from category_membership"
                    + " group by person_id, category, valid_from) same_start on v.reason is null"
                    + " and same_start.person_id = v.person_id and same_start.category = v.category"
                    + " and same_start.valid_from = v.recognised_date"
                    + " left join (select person_id, category, min(id) as id from category_membership where valid_to is null"
                    + " group by person_id, category) still_open on v.reason is null and still_open.person_id = v.person_id"
                    + " and still_open.category = v.category"
                    + " left join category_membership m on m.id = coalesce(same_start.id, still_open.id)) d";

    public Map<ExchangeOutcome, Long> counts(long batchId) throws SQLException {
        Map<ExchangeOutcome, Long> counts = new EnumMap<>(ExchangeOutcome.class);
        for (ExchangeOutcome outcome : ExchangeOutcome.values()) {
            counts.put(outcome, 0L);
        }
        try (PreparedStatement s = connection.prepareStatement(
                "select outcome, count(*) from exchange_row where batch_id = ? group by outcome")) {
            s.setLong(1, batchId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(ExchangeOutcome.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Compares the rows again, with the register as it is now (it may have changed since the preview), and applies
     * them: new people (each in a household of their own, as head), new categories, ended categories, changed
     * document numbers and dates, each with its Envers history under one revision. The caller runs this in the same
     * transaction as the batch's status change.
     */
    public void apply(long batchId, String scopePattern, String department, int revision, ApplyStep failAfter)
            throws SQLException {
        compareWithNewIds(batchId, scopePattern);
        update(
                "insert into household (id, township_code, address, head_person_id, version) select household_id,"
                        + " division, null, person_id, 0 from exchange_row where batch_id = ? and household_id is not null",
                batchId);
        update(
                "insert into person (id, id_number, name, phone, birth_date, sex, household_id, relation_to_head,"
                        + " township_code, status, status_date, version) select person_id, id_number, name, null, birth_date,"
                        + " sex, household_id, '户主', division, 'NORMAL', null, 0 from exchange_row where batch_id = ?"
                        + " and household_id is not null",
                batchId);
        failAfter.reached(1);
        try (PreparedStatement s = connection.prepareStatement("insert into category_membership (id, person_id,"
                + " category, department, document_number, valid_from, valid_to) select membership_id, person_id,"
                + " category, ?, document_number, recognised_date, end_date from exchange_row where batch_id = ?"
                + " and outcome in ('NEW_PERSON', 'NEW_CATEGORY')")) {
            s.setString(1, department);
            s.setLong(2, batchId);
            s.executeUpdate();
        }
        failAfter.reached(2);
        update(
                "merge into category_membership m using (select membership_id, end_date from exchange_row where"
                        + " batch_id = ? and outcome = 'ENDED_CATEGORY') r on (m.id = r.membership_id) when matched then"
                        + " update set valid_to = r.end_date",
                batchId);
        update(
                "merge into category_membership m using (select membership_id, recognised_date, document_number from"
                        + " exchange_row where batch_id = ? and outcome = 'CHANGED') r on (m.id = r.membership_id) when matched"
                        + " then update set valid_from = r.recognised_date, document_number = r.document_number",
                batchId);
        failAfter.reached(3);
        writeHistory(batchId, revision);
    }

    /** Envers' rows for what the SQL changed, so the person page's history shows the exchange too. */
    private void writeHistory(long batchId, int revision) throws SQLException {
        update(
                "insert into household_aud (id, rev, revtype, township_code, address, head_person_id) select h.id, "
                        + revision
                        + ", 0, h.township_code, h.address, h.head_person_id from household h join exchange_row r"
                        + " on r.household_id = h.id where r.batch_id = ?",
                batchId);
        update(
                "insert into person_aud (id, rev, revtype, id_number, name, phone, birth_date, sex, household_id,"
                        + " relation_to_head, township_code, status, status_date) select p.id, " + revision + ", 0,"
                        + " p.id_number, p.name, p.phone, p.birth_date, p.sex, p.household_id, p.relation_to_head,"
                        + " p.township_code, p.status, p.status_date from person p join exchange_row r on r.household_id ="
                        + " p.household_id where r.batch_id = ?",
                batchId);
        update(
                "insert into category_membership_aud (id, rev, revtype, person_id, category, department,"
                        + " document_number, valid_from, valid_to) select m.id, " + revision
                        + ", case when r.outcome in"
                        + " ('NEW_PERSON', 'NEW_CATEGORY') then 0 else 1 end, m.person_id, m.category, m.department,"
                        + " m.document_number, m.valid_from, m.valid_to from category_membership m join exchange_row r on"
                        + " r.membership_id = m.id where r.batch_id = ? and r.outcome in ('NEW_PERSON', 'NEW_CATEGORY',"
                        + " 'ENDED_CATEGORY', 'CHANGED')",
                batchId);
    }

    /** A new Envers revision stamped with the user; its number, for {@link #apply}. */
    public int newRevision(String username, long epochMillis) throws SQLException {
        int revision;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select " + next("revinfo_seq"))) {
            rs.next();
            revision = rs.getInt(1);
        }
        try (PreparedStatement s =
                connection.prepareStatement("insert into revinfo (rev, revtstmp, username) values (?, ?, ?)")) {
            s.setInt(1, revision);
            s.setLong(2, epochMillis);
            s.setString(3, username);
            s.executeUpdate();
        }
        return revision;
    }

    /**
     * Fresh statistics for the rows just staged: without them the planner takes a million-row batch for a small table
     * and picks nested scans, minutes instead of seconds. Only on PostgreSQL: H2's ANALYZE commits the transaction,
     * which would break the apply's all or nothing.
     */
    private void analyze() throws SQLException {
        if (postgres) {
            update("analyze exchange_row");
        }
    }

    private String next(String sequence) {
        return postgres ? "nextval('" + sequence + "')" : "next value for " + sequence;
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static String digits(String scopePattern) {
        String prefix = scopePattern.replace("%", "");
        if (!prefix.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("scope");
        }
        return prefix;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** A hook for tests that break the apply half-way, to prove nothing of it stays. */
    @FunctionalInterface
    public interface ApplyStep {
        ApplyStep NONE = step -> {};

        void reached(int step) throws SQLException;
    }
}
