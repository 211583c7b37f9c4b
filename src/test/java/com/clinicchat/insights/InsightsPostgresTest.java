package com.clinicchat.insights;

import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** The insights figures on PostgreSQL (127.0.0.1:5432/test), in a schema of its own dropped afterwards. */
@Tag("postgres")
class InsightsPostgresTest extends InsightsContract {

    private static StoreFixture fixture;

    @BeforeAll
    static void migrateAndSeed() {
        fixture = seed(StoreFixture.postgres());
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Override
    StoreFixture fixture() {
        return fixture;
    }
}
