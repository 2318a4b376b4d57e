package dev.clearance.rules.impact;

import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.io.RequestReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The requests stored in the service's audit log, to replay against a draft. Reads table
 * {@value #TABLE} (created by the service's Flyway migration V1), column {@value #ID_COLUMN} (the
 * decision id) and column {@value #REQUEST_COLUMN} (the request as the service understood it, in
 * the public request shape), in chain order. Any JDBC driver on the classpath
 * serves (H2 by default in the service). A stored request that no longer reads is reported as
 * skipped with the reason.
 */
public final class AuditLogRequests {

    public static final String SOURCE = "audit log";
    public static final String TABLE = "decision_audit";
    public static final String ID_COLUMN = "decision_id";
    public static final String REQUEST_COLUMN = "request_json";
    private static final String ORDER_COLUMN = "seq";

    private AuditLogRequests() {
    }

    /**
     * Adds the stored requests to {@code requests}, and those that cannot be read to {@code skipped}.
     *
     * @param limit the most rows read; 0 for all
     * @param today the date a stored request without {@code asOf} is decided on
     */
    public static void read(String jdbcUrl, int limit, LocalDate today, List<LabelledRequest> requests,
            List<SkippedRequest> skipped) {
        String sql = "SELECT " + ID_COLUMN + ", " + REQUEST_COLUMN + " FROM " + TABLE + " ORDER BY " + ORDER_COLUMN;
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (limit > 0) {
                statement.setMaxRows(limit);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    try {
                        requests.add(new LabelledRequest(SOURCE, "decision " + id, RequestReader.readJson(rows.getString(2), today)));
                    } catch (RequestException e) {
                        skipped.add(new SkippedRequest(SOURCE, "decision " + id, e.getMessage()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot read stored requests (" + sql + ") from " + jdbcUrl + ": "
                    + e.getMessage(), e);
        }
    }
}
