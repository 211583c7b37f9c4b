package com.clinicchat.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code staff_account} table, in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
@Repository
class StaffAccountStore {

    private static final String COLUMNS = "username, display_name, role, enabled, created_at";

    private final JdbcClient jdbc;

    StaffAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Credentials for sign-in: the account and its password hash. */
    record Credentials(StaffAccount account, String passwordHash) {
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the username or display name is taken */
    void insert(StaffAccount account, String passwordHash) {
        jdbc.sql("INSERT INTO staff_account (username, display_name, display_name_key, password_hash, role, "
                        + "enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(account.username(), account.displayName(), displayNameKey(account.displayName()),
                        passwordHash, account.role().name(), account.enabled(),
                        account.createdAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<StaffAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = ?")
                .param(username).query(this::account).optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM staff_account WHERE username = ?")
                .param(username)
                .query((rs, row) -> new Credentials(account(rs, row), rs.getString("password_hash")))
                .optional();
    }

    boolean displayNameTaken(String displayName) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE display_name_key = ?")
                .param(displayNameKey(displayName)).query(Long.class).single() > 0;
    }

    List<StaffAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY username").query(this::account).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single();
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE staff_account SET enabled = ? WHERE username = ?")
                .params(enabled, username).update() == 1;
    }

    private static String displayNameKey(String displayName) {
        return displayName.strip().toLowerCase(Locale.ROOT);
    }

    private StaffAccount account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new StaffAccount(rs.getString("username"), rs.getString("display_name"),
                StaffRole.valueOf(rs.getString("role")), rs.getBoolean("enabled"), created.toInstant());
    }
}
