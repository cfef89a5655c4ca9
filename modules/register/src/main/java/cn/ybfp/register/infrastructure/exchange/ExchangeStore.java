package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.register.api.ExchangeOutcome;
import java.sql.Connection;
import java.sql.Date;
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

    private static final int BATCH = 1000;
    private final Connection connection;
    private final boolean postgres;

    public ExchangeStore(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Writes the rows of a batch with the verdict of their own checks; {@link #compare} turns it into outcomes. */
    public final class Stager implements AutoCloseable {

        private final long batchId;
        private final PreparedStatement insert;
        private int pending;

        private Stager(long batchId) throws SQLException {
            this.batchId = batchId;
            this.insert = connection.prepareStatement("insert into exchange_row (batch_id, row_number, id_number,"
                    + " name, category, category_text, division, recognised_date, end_date, document_number,"
                    + " birth_date, sex, row_rejection, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        public void add(StagedRow staged) throws SQLException {
            ExchangeRow row = staged.row;
            insert.setLong(1, batchId);
            insert.setInt(2, row.rowNumber());
            insert.setString(3, cut(staged.residentId == null ? row.idNumber() : staged.residentId.value(), 40));
            insert.setString(4, cut(row.name(), 100));
            insert.setString(5, staged.category == null ? null : staged.category.name());
            insert.setString(6, cut(row.category(), 100));
            insert.setString(7, cut(row.division(), 20));
            insert.setDate(8, staged.recognisedDate == null ? null : Date.valueOf(staged.recognisedDate));
            insert.setDate(9, staged.endDate == null ? null : Date.valueOf(staged.endDate));
            insert.setString(10, cut(row.documentNumber(), 100));
            insert.setDate(11, staged.residentId == null ? null : Date.valueOf(staged.residentId.birthDate()));
            insert.setString(12, staged.residentId == null ? null : staged.residentId.sex().name());
            insert.setString(13, staged.rejection());
            insert.setString(14, ExchangeOutcome.PENDING.name());
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            insert.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                flush();
            }
            insert.close();
        }
    }

    public Stager stager(long batchId) throws SQLException {
        return new Stager(batchId);
    }

    /**
     * Decides every row that passed its own checks against the register as it is now: rejected (a duplicate, a
     * person outside the jurisdiction, another name or township), a new person, a new or ended category, changed
     * fields, or nothing to do. Safe to run again: it starts over from the rows' own checks.
     */
    public void compare(long batchId, String scopePattern) throws SQLException {
        analyze();
        update("update exchange_row set outcome = case when row_rejection is null then 'PENDING' else 'REJECTED' end,"
                + " reason = row_rejection, person_id = null, household_id = null, membership_id = null"
                + " where batch_id = ?", batchId);
        rejectDuplicates(batchId);
        update("update exchange_row r set person_id = (select p.id from person p where p.id_number = r.id_number)"
                + " where r.batch_id = ? and r.outcome = 'PENDING'", batchId);
        reject(batchId, "该人员登记在您的辖区外", "r.person_id is not null and not exists (select 1 from person p"
                + " where p.id = r.person_id and p.township_code like '" + digits(scopePattern) + "%')");
        reject(batchId, "姓名与台账不一致", "r.person_id is not null and exists (select 1 from person p"
                + " where p.id = r.person_id and p.name <> r.name)");
        reject(batchId, "行政区划与台账登记的乡镇不一致", "r.person_id is not null and exists (select 1 from person p"
                + " where p.id = r.person_id and p.township_code <> r.division)");
        rejectNewPersonNameConflicts(batchId);
        update("update exchange_row r set outcome = 'NEW_PERSON' where r.batch_id = ? and r.outcome = 'PENDING'"
                + " and r.person_id is null", batchId);
        // the same recognition (same start date) if the register has it, else the open membership of the category
        update("update exchange_row r set membership_id = coalesce((select min(m.id) from category_membership m"
                + " where m.person_id = r.person_id and m.category = r.category and m.valid_from = r.recognised_date),"
                + " (select min(m.id) from category_membership m where m.person_id = r.person_id"
                + " and m.category = r.category and m.valid_to is null))"
                + " where r.batch_id = ? and r.outcome = 'PENDING'", batchId);
        update("update exchange_row r set outcome = 'NEW_CATEGORY' where r.batch_id = ? and r.outcome = 'PENDING'"
                + " and r.membership_id is null", batchId);
        update("update exchange_row r set outcome = 'ENDED_CATEGORY' where r.batch_id = ? and r.outcome = 'PENDING'"
                + " and r.end_date is not null and exists (select 1 from category_membership m where m.id ="
                + " r.membership_id and (m.valid_to is null or m.valid_to <> r.end_date))", batchId);
        update("update exchange_row r set outcome = 'CHANGED' where r.batch_id = ? and r.outcome = 'PENDING'"
                + " and exists (select 1 from category_membership m where m.id = r.membership_id and"
                + " (m.valid_from <> r.recognised_date or coalesce(m.document_number, '') <> coalesce(r.document_number, '')))",
                batchId);
        update("update exchange_row r set outcome = 'UNCHANGED' where r.batch_id = ? and r.outcome = 'PENDING'",
                batchId);
    }

    /** A second row for the same person and category is a duplicate of the first; the reason names that row. */
    private void rejectDuplicates(long batchId) throws SQLException {
        update("update exchange_row r set outcome = 'REJECTED', reason = '文件中重复的行（与第 ' || cast((select"
                + " min(d.row_number) from exchange_row d where d.batch_id = r.batch_id and d.id_number = r.id_number"
                + " and d.category = r.category and d.outcome <> 'REJECTED') as varchar(12)) || ' 行相同）'"
                + " where r.batch_id = ? and r.outcome = 'PENDING' and exists (select 1 from exchange_row d"
                + " where d.batch_id = r.batch_id and d.id_number = r.id_number and d.category = r.category"
                + " and d.outcome <> 'REJECTED' and d.row_number < r.row_number)", batchId);
    }

    /** A new person listed twice must be listed with one name and one township, or neither row is taken. */
    private void rejectNewPersonNameConflicts(long batchId) throws SQLException {
        reject(batchId, "同一身份证号在文件中的姓名或行政区划不一致", "r.person_id is null and exists (select 1 from"
                + " exchange_row o where o.batch_id = r.batch_id and o.id_number = r.id_number and o.outcome <> 'REJECTED'"
                + " and (o.name <> r.name or o.division <> r.division))");
    }

    private void reject(long batchId, String reason, String condition) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("update exchange_row r set outcome = 'REJECTED',"
                + " reason = ? where r.batch_id = ? and r.outcome = 'PENDING' and " + condition)) {
            s.setString(1, reason);
            s.setLong(2, batchId);
            s.executeUpdate();
        }
    }

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
     * Applies the compared rows: new people (each in a household of their own, as head), new categories, ended
     * categories, changed document numbers and dates, each with its Envers history under one revision. The caller
     * runs this in the same transaction as {@link #compare} and the batch's status change.
     */
    public void apply(long batchId, String department, int revision, ApplyStep failAfter) throws SQLException {
        addPeople(batchId);
        failAfter.reached(1);
        update("update exchange_row r set person_id = (select p.id from person p where p.id_number = r.id_number)"
                + " where r.batch_id = ? and r.outcome = 'NEW_PERSON'", batchId);
        update("update exchange_row set membership_id = " + next("membership_seq") + " where batch_id = ?"
                + " and outcome in ('NEW_PERSON', 'NEW_CATEGORY')", batchId);
        try (PreparedStatement s = connection.prepareStatement("insert into category_membership (id, person_id,"
                + " category, department, document_number, valid_from, valid_to) select membership_id, person_id,"
                + " category, ?, document_number, recognised_date, end_date from exchange_row where batch_id = ?"
                + " and outcome in ('NEW_PERSON', 'NEW_CATEGORY')")) {
            s.setString(1, department);
            s.setLong(2, batchId);
            s.executeUpdate();
        }
        failAfter.reached(2);
        update("update category_membership m set valid_to = (select r.end_date from exchange_row r where"
                + " r.batch_id = ? and r.membership_id = m.id and r.outcome = 'ENDED_CATEGORY') where m.id in (select"
                + " r.membership_id from exchange_row r where r.batch_id = ? and r.outcome = 'ENDED_CATEGORY')",
                batchId, batchId);
        update("update category_membership m set valid_from = (select r.recognised_date from exchange_row r where"
                + " r.batch_id = ? and r.membership_id = m.id and r.outcome = 'CHANGED'), document_number = (select"
                + " r.document_number from exchange_row r where r.batch_id = ? and r.membership_id = m.id and"
                + " r.outcome = 'CHANGED') where m.id in (select r.membership_id from exchange_row r where"
                + " r.batch_id = ? and r.outcome = 'CHANGED')", batchId, batchId, batchId);
        failAfter.reached(3);
        writeHistory(batchId, revision);
    }

    /** One household and one person per new ID number, from the first of its rows. */
    private void addPeople(long batchId) throws SQLException {
        String first = " and not exists (select 1 from exchange_row o where o.batch_id = r.batch_id and o.id_number ="
                + " r.id_number and o.outcome = 'NEW_PERSON' and o.row_number < r.row_number)";
        update("update exchange_row r set household_id = " + next("household_seq") + " where r.batch_id = ?"
                + " and r.outcome = 'NEW_PERSON'" + first, batchId);
        update("insert into household (id, township_code, address, head_person_id, version) select household_id,"
                + " division, null, null, 0 from exchange_row where batch_id = ? and household_id is not null", batchId);
        update("insert into person (id, id_number, name, phone, birth_date, sex, household_id, relation_to_head,"
                + " township_code, status, status_date, version) select " + next("person_seq") + ", id_number,"
                + " name, null, birth_date, sex, household_id, '户主', division, 'NORMAL', null, 0 from exchange_row"
                + " where batch_id = ? and household_id is not null", batchId);
        update("update household h set head_person_id = (select p.id from person p where p.household_id = h.id)"
                + " where h.id in (select r.household_id from exchange_row r where r.batch_id = ?"
                + " and r.household_id is not null)", batchId);
    }

    /** Envers' rows for what the SQL changed, so the person page's history shows the exchange too. */
    private void writeHistory(long batchId, int revision) throws SQLException {
        String newHouseholds = "(select r.household_id from exchange_row r where r.batch_id = ? and r.household_id"
                + " is not null)";
        update("insert into household_aud (id, rev, revtype, township_code, address, head_person_id) select id, "
                + revision + ", 0, township_code, address, head_person_id from household where id in " + newHouseholds,
                batchId);
        update("insert into person_aud (id, rev, revtype, id_number, name, phone, birth_date, sex, household_id,"
                + " relation_to_head, township_code, status, status_date) select id, " + revision + ", 0, id_number,"
                + " name, phone, birth_date, sex, household_id, relation_to_head, township_code, status, status_date"
                + " from person where household_id in " + newHouseholds, batchId);
        update("insert into category_membership_aud (id, rev, revtype, person_id, category, department,"
                + " document_number, valid_from, valid_to) select m.id, " + revision + ", case when r.outcome in"
                + " ('NEW_PERSON', 'NEW_CATEGORY') then 0 else 1 end, m.person_id, m.category, m.department,"
                + " m.document_number, m.valid_from, m.valid_to from category_membership m join exchange_row r on"
                + " r.membership_id = m.id where r.batch_id = ? and r.outcome in ('NEW_PERSON', 'NEW_CATEGORY',"
                + " 'ENDED_CATEGORY', 'CHANGED')", batchId);
    }

    /** A new Envers revision stamped with the user; its number, for {@link #apply}. */
    public int newRevision(String username, long epochMillis) throws SQLException {
        int revision;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select " + next("revinfo_seq"))) {
            rs.next();
            revision = rs.getInt(1);
        }
        try (PreparedStatement s = connection.prepareStatement(
                "insert into revinfo (rev, revtstmp, username) values (?, ?, ?)")) {
            s.setInt(1, revision);
            s.setLong(2, epochMillis);
            s.setString(3, username);
            s.executeUpdate();
        }
        return revision;
    }

    /**
     * Fresh statistics for the rows just staged: without them the planner takes a million-row batch for a small table
     * and picks nested scans, minutes instead of seconds.
     */
    private void analyze() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(postgres ? "analyze exchange_row" : "analyze table exchange_row");
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
        ApplyStep NONE = step -> { };

        void reached(int step) throws SQLException;
    }
}
