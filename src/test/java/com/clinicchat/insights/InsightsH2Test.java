package com.clinicchat.insights;

import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The insights figures on H2 in PostgreSQL mode, the default database. */
class InsightsH2Test extends InsightsContract {

    private static StoreFixture fixture;

    @BeforeAll
    static void migrateAndSeed() {
        fixture = seed(StoreFixture.h2());
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
