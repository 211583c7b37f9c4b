package com.clinicchat.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How the insights queries pass instants and read numbers that may be NULL, alike on H2 and PostgreSQL. */
final class Sql {

    private Sql() {
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Seconds (a percentile or an average) to the millisecond, or null when the database returned NULL. PostgreSQL
     * interpolates percentiles in floating point (240.00000000000003), H2 in decimals (240): the rounding makes them
     * agree.
     */
    static Double seconds(ResultSet rs, String column) throws SQLException {
        Double value = number(rs, column);
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }

    /** A NUMERIC, DOUBLE or BIGINT column as a double, or null when the database returned NULL. */
    static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
