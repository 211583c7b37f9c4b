package com.clinicchat.conversation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a returned commit is on disk when {@code synchronous_commit} is not off and {@code fsync} is on;
 * the check the application runs at start reads both, here on the local server CI uses.
 */
@Tag("postgres")
class PostgresDurabilityTest {

    @Test
    void theLocalServerMakesCommitsDurableBeforeTheyReturn() {
        try (StoreFixture fixture = StoreFixture.postgres()) {
            assertThat(DurabilityConfig.checkPostgres(fixture.jdbc)).isTrue();
            assertThat(fixture.jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        }
    }
}
