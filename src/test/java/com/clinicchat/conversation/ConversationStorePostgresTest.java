package com.clinicchat.conversation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * {@link ConversationStore} on PostgreSQL (127.0.0.1:5432/test, user postgres), in a schema of its own created by
 * the same migrations and dropped afterwards. Runs with {@code -Pfull} or {@code -Dtests.excluded=none}.
 */
@Tag("postgres")
class ConversationStorePostgresTest extends ConversationStoreContract {

    private static StoreFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = StoreFixture.postgres();
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
