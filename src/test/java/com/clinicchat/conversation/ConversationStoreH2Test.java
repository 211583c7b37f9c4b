package com.clinicchat.conversation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ConversationStore} on H2 in PostgreSQL mode, the default database. */
class ConversationStoreH2Test extends ConversationStoreContract {

    private static StoreFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = StoreFixture.h2();
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
