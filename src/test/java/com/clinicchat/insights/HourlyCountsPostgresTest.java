package com.clinicchat.insights;

import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.Tag;

/** The hourly counters on PostgreSQL (127.0.0.1:5432/test), in a schema of its own dropped afterwards. */
@Tag("postgres")
class HourlyCountsPostgresTest extends HourlyCountsContract {

    @Override
    StoreFixture fixture(String target) {
        return StoreFixture.postgres(target);
    }
}
