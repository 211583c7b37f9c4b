package com.clinicchat.conversation;

import com.clinicchat.insights.HourlyCounts;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * A {@link ConversationStore} on a fresh database migrated by the application's own Flyway scripts: a private
 * in-memory H2 in PostgreSQL mode, or a new schema in the local PostgreSQL (dropped again on close), so that runs
 * never see each other's rows. The store publishes its events to the insights' hourly counters, as in the application.
 */
public final class StoreFixture implements AutoCloseable {

    public static final String POSTGRES_URL = System.getProperty("tests.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("tests.postgres.user", "postgres");

    public final DataSource dataSource;
    public final JdbcClient jdbc;
    public final ConversationStore store;
    private final String schemaToDrop;
    private final String schema;

    private StoreFixture(DriverManagerDataSource dataSource, String schema, String schemaToDrop, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).target(target).load().migrate();
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        HourlyCounts counts = new HourlyCounts(jdbc);
        this.store = new ConversationStore(jdbc, new DataSourceTransactionManager(dataSource),
                event -> counts.on((StoreEvent) event));
        this.schemaToDrop = schemaToDrop;
        this.schema = schema;
    }

    private StoreFixture(DriverManagerDataSource dataSource, String schema, String schemaToDrop) {
        this(dataSource, schema, schemaToDrop, "latest");
    }

    /**
     * Migrated only up to {@code target} (e.g. "40"): rows written then (by plain SQL: the store writes the latest
     * schema) are there when {@link #migrateToLatest} runs the later migrations, as on an upgrade.
     */
    public static StoreFixture h2(String target) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:store-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        return new StoreFixture(dataSource, "public", null, target);
    }

    /** See {@link #h2(String)}. */
    public static StoreFixture postgres(String target) {
        String schema = randomSchema();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + schema,
                POSTGRES_USER, "");
        return new StoreFixture(dataSource, schema, schema, target);
    }

    /** See {@link #h2File(java.nio.file.Path)} and {@link #h2(String)}. */
    public static StoreFixture h2File(java.nio.file.Path folder, String target) {
        org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
        return new StoreFixture(h2FileSource(folder), "public", null, target);
    }

    /** Runs the migrations after the fixture's target. */
    public void migrateToLatest() {
        Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
    }

    public static StoreFixture h2() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:store-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        return new StoreFixture(dataSource, "public", null);
    }

    /** A file database in {@code folder} (emptied first), as the application runs by default: for benchmarks. */
    public static StoreFixture h2File(java.nio.file.Path folder) {
        org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
        return new StoreFixture(h2FileSource(folder), "public", null);
    }

    private static DriverManagerDataSource h2FileSource(java.nio.file.Path folder) {
        return new DriverManagerDataSource("jdbc:h2:file:" + folder.toAbsolutePath()
                + "/clinicchat;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
                + "CACHE_SIZE=131072", "sa", ""); // the application's page cache (application.yml)
    }

    /** The PostgreSQL schema of this fixture, or null on H2. */
    public String schema() {
        return schemaToDrop;
    }

    public boolean isPostgres() {
        return schemaToDrop != null;
    }

    public static StoreFixture postgres() {
        String schema = randomSchema();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + schema,
                POSTGRES_USER, "");
        return new StoreFixture(dataSource, schema, schema);
    }

    /** A schema name no earlier run used. */
    public static String randomSchema() {
        return "test_" + UUID.randomUUID().toString().replace("-", "");
    }

    public long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Override
    public void close() {
        if (schemaToDrop != null) {
            jdbc.sql("DROP SCHEMA " + schemaToDrop + " CASCADE").update();
        } else {
            jdbc.sql("SHUTDOWN").update();
        }
    }
}
