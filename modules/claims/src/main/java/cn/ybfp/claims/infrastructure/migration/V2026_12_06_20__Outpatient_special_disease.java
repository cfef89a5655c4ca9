package cn.ybfp.claims.infrastructure.migration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Outpatient special diseases (门诊特殊疾病, SETTLEMENT.md): every scheme now needs {@code basic.outpatientSpecial}
 * (a yearly deductible and a ratio), and a confirmed claim stores what it applied of that deductible, its disease
 * code and its day of admission.
 * <ul>
 * <li>{@code settled_claim} gains {@code ch_special_deductible} (0 for the claims stored before: none of them was a
 * special-disease claim), {@code disease} and {@code admission_date} (null for the claims stored before).</li>
 * <li>Every stored scheme without {@code basic.outpatientSpecial} gains it, with the values of the demo scheme it
 * descends from ({@code copied_from}, back to {@code jl-2022} or {@code sd-2019}), or failing that of its province's
 * demo scheme (region 22…: Jilin, 37…: Shandong): Jilin 400.00 a year at 0.70, Shandong 600.00 at 0.65. Nothing else
 * of the definition changes (the member is inserted into the text, after the last member of {@code basic}), so the
 * claims settled under a scheme are still explained by it: no special-disease claim was settled before. Each changed
 * scheme gets a new version and one Envers revision (by {@code migration}) for the province's history.</li>
 * </ul>
 * On a new database the schemes are loaded from the current files, which have the member already; this migration
 * then changes no scheme. Registered through {@code META-INF/services}.
 */
public class V2026_12_06_20__Outpatient_special_disease extends BaseJavaMigration {

    /** The deductible and ratio of outpatient special diseases, as the scheme JSON writes them. */
    record Values(String deductible, String ratio) {}

    static final Values JILIN = new Values("400.00", "0.70");
    static final Values SHANDONG = new Values("600.00", "0.65");

    private static final Map<String, Values> SHIPPED = Map.of("jl-2022", JILIN, "sd-2019", SHANDONG);
    private static final Map<String, Values> BY_PROVINCE = Map.of("22", JILIN, "37", SHANDONG);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored scheme, as far as this migration reads it. */
    private record Stored(String id, String definition, String copiedFrom, String region) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table settled_claim add column ch_special_deductible numeric(12,2) default 0 not null");
            ddl.execute("alter table settled_claim add column disease varchar(6)");
            ddl.execute("alter table settled_claim add column admission_date date");
        }
        Map<String, Stored> schemes = new TreeMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rs =
                        query.executeQuery("select id, definition, copied_from, region from scheme order by id")) {
            while (rs.next()) {
                schemes.put(
                        rs.getString(1),
                        new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        List<String> changed = new ArrayList<>();
        for (Stored scheme : schemes.values()) {
            if (hasOutpatientSpecial(scheme.definition())) {
                continue;
            }
            String definition = withOutpatientSpecial(scheme.definition(), valuesFor(scheme, schemes));
            try (PreparedStatement update = connection.prepareStatement(
                    "update scheme set definition = ?, version = version + 1 where id = ?")) {
                update.setString(1, definition);
                update.setString(2, scheme.id());
                update.executeUpdate();
            }
            changed.add(scheme.id());
        }
        if (!changed.isEmpty()) {
            audit(connection, changed);
        }
    }

    /** One revision for all changed schemes, with each scheme's row as it now stands. */
    private static void audit(Connection connection, List<String> ids) throws SQLException {
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        int revision;
        try (Statement next = connection.createStatement();
                ResultSet rs = next.executeQuery(
                        postgres ? "select nextval('revinfo_seq')" : "select next value for revinfo_seq")) {
            rs.next();
            revision = rs.getInt(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into revinfo (rev, revtstmp, username) values (?, ?, 'migration')")) {
            insert.setInt(1, revision);
            insert.setLong(2, System.currentTimeMillis());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into scheme_aud (id, rev, revtype, name, scheme_year, region, definition, copied_from,"
                        + " created_by, created_at) select id, ?, 1, name, scheme_year, region, definition,"
                        + " copied_from, created_by, created_at from scheme where id = ?")) {
            for (String id : ids) {
                insert.setInt(1, revision);
                insert.setString(2, id);
                insert.executeUpdate();
            }
        }
    }

    /** The values of the demo scheme the scheme was copied from, at any remove, or of its province's. */
    static Values valuesFor(String id, String region, Map<String, String> copiedFrom) {
        Set<String> seen = new HashSet<>();
        for (String at = id; at != null && seen.add(at); at = copiedFrom.get(at)) {
            Values shipped = SHIPPED.get(at);
            if (shipped != null) {
                return shipped;
            }
        }
        Values province = region == null || region.length() < 2 ? null : BY_PROVINCE.get(region.substring(0, 2));
        if (province == null) {
            throw new IllegalStateException("scheme " + id + " (region " + region + ") descends from no demo scheme:"
                    + " add basic.outpatientSpecial (deductible, ratio) to its definition by hand, then migrate again");
        }
        return province;
    }

    private static Values valuesFor(Stored scheme, Map<String, Stored> all) {
        Map<String, String> copiedFrom = new HashMap<>();
        all.values().forEach(s -> {
            if (s.copiedFrom() != null) {
                copiedFrom.put(s.id(), s.copiedFrom());
            }
        });
        return valuesFor(scheme.id(), scheme.region(), copiedFrom);
    }

    static boolean hasOutpatientSpecial(String definition) {
        try {
            JsonNode basic = JSON.readTree(definition).get("basic");
            if (basic == null || !basic.isObject()) {
                throw new IllegalStateException("a stored scheme has no basic insurance: " + definition);
            }
            return basic.has("outpatientSpecial");
        } catch (IOException e) {
            throw new UncheckedIOException("a stored scheme is not JSON", e);
        }
    }

    /**
     * The definition with {@code "outpatientSpecial": {…}} added as the last member of {@code basic}, on a line of its
     * own indented like the member before it; every other character stays as it was.
     */
    static String withOutpatientSpecial(String definition, Values values) {
        int nameAt = -1;
        int valueAt = -1;
        int valueEnd = -1;
        try (JsonParser parser = new JsonFactory().createParser(definition)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a stored scheme is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean basic = parser.currentName().equals("basic");
                parser.nextToken();
                if (!basic) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    nameAt = (int) parser.currentTokenLocation().getCharOffset();
                    parser.nextToken();
                    valueAt = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    parser.finishToken(); // a string value is read lazily: its end is known only once read
                    valueEnd = (int) parser.currentLocation().getCharOffset();
                }
                break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored scheme is not JSON", e);
        }
        if (valueEnd < 0) {
            throw new IllegalStateException("a stored scheme has no members in basic insurance");
        }
        // on a line of its own like the member before, or after it on the same line (a one-line definition)
        String indent = definition.substring(definition.lastIndexOf('\n', nameAt) + 1, nameAt);
        String newline = definition.contains("\r\n") ? "\r\n" : "\n";
        String before = indent.isBlank() ? newline + indent : " ";
        int nameEnd = definition.indexOf('"', nameAt + 1) + 1;
        String separator = definition.substring(nameEnd, valueAt); // ": " in the files, " : " as Jackson indents
        String member = "\"outpatientSpecial\"" + separator + "{ \"deductible\"" + separator + "\""
                + values.deductible() + "\", \"ratio\"" + separator + "\"" + values.ratio() + "\" }";
        String result = definition.substring(0, valueEnd) + "," + before + member + definition.substring(valueEnd);
        if (!hasOutpatientSpecial(result)) {
            throw new IllegalStateException("outpatientSpecial was not added to basic insurance: " + result);
        }
        return result;
    }
}
