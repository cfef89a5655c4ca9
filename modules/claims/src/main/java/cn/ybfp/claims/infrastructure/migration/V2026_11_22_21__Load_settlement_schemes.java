package cn.ybfp.claims.infrastructure.migration;

import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.infrastructure.JsonSchemes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the two schemes of SETTLEMENT.md from the very files the command line reads ({@code schemes/*.json}), so
 * that the portal and the simulator can never disagree about them. Registered through {@code META-INF/services}.
 */
public class V2026_11_22_21__Load_settlement_schemes extends BaseJavaMigration {

    private record Shipped(String id, String region, int year) {}

    private static final Shipped[] SHIPPED = {
        new Shipped("jl-2022", "220000", 2022), // 吉林省: every city of the province
        new Shipped("sd-2019", "370000", 2019)
    }; // 山东省: for the simulator, no demo people live there

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        String sql = "insert into scheme (id, name, scheme_year, region, definition, created_by, created_at, version)"
                + " values (?, ?, ?, ?, ?, 'migration', ?, 0)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (Shipped shipped : SHIPPED) {
                String definition = read(shipped.id());
                Scheme scheme = JsonSchemes.parse(
                        new java.io.ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
                insert.setString(1, scheme.id());
                insert.setString(2, scheme.name());
                insert.setInt(3, shipped.year());
                insert.setString(4, shipped.region());
                insert.setString(5, definition);
                insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.of(2026, 11, 22, 0, 0)));
                insert.executeUpdate();
            }
        }
    }

    private static String read(String id) throws IOException {
        try (InputStream in =
                V2026_11_22_21__Load_settlement_schemes.class.getResourceAsStream("/schemes/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
