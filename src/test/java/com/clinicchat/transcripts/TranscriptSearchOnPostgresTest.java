package com.clinicchat.transcripts;

import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same searches on PostgreSQL (a schema of its own, dropped afterwards): the SQL is written for both databases.
 * Runs with {@code -Pfull} or {@code -Dtests.excluded=none}.
 */
@Tag("postgres")
@ActiveProfiles("postgres")
class TranscriptSearchOnPostgresTest extends TranscriptSearchTest {

    private static final String SCHEMA = StoreFixture.randomSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> StoreFixture.POSTGRES_URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        JdbcClient.create(new DriverManagerDataSource(StoreFixture.POSTGRES_URL, StoreFixture.POSTGRES_USER, ""))
                .sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }
}
