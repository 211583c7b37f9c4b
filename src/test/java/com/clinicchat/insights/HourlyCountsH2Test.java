package com.clinicchat.insights;

import com.clinicchat.conversation.StoreFixture;

/** The hourly counters on H2 in PostgreSQL mode, the default database. */
class HourlyCountsH2Test extends HourlyCountsContract {

    @Override
    StoreFixture fixture(String target) {
        return StoreFixture.h2(target);
    }
}
