package com.clinicchat.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;

/**
 * How a commit is made durable, by database.
 * <ul>
 * <li><b>H2 file database</b>: {@code WRITE_DELAY=0} in the URL makes every commit write its chunk to the file
 * at once (by default H2 writes up to 500 ms later, so a killed process lost what had been echoed). That reaches
 * the operating system, which survives a killed process but not a power cut: {@code CHECKPOINT SYNC} then forces
 * the file to the disk ({@code fsync}) before anything is acknowledged.</li>
 * <li><b>PostgreSQL</b>: a commit returns once its WAL is flushed, as long as {@code synchronous_commit} and
 * {@code fsync} are on (the defaults). Both are checked at start, and a warning says when they are not.</li>
 * <li>In-memory databases (tests): nothing to do.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DurabilityConfig {

    private static final Logger log = LoggerFactory.getLogger(DurabilityConfig.class);

    @Bean
    DurableCommits durableCommits(Environment environment, JdbcClient jdbc) {
        String url = environment.getProperty("spring.datasource.url", "").toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")) {
            if (!url.contains("write_delay=0")) {
                log.warn("The H2 URL does not set WRITE_DELAY=0: commits reach the file up to 500 ms late");
            }
            // concurrent messages share one forced write (it was 5 % of a question's CPU at saturation)
            return new SharedSync(() -> jdbc.sql("CHECKPOINT SYNC").update());
        }
        if (url.startsWith("jdbc:postgresql:")) {
            checkPostgres(jdbc);
        }
        return () -> { };
    }

    /** Reads the two settings that decide whether a returned commit is on disk. */
    static boolean checkPostgres(JdbcClient jdbc) {
        String synchronousCommit = jdbc.sql("SHOW synchronous_commit").query(String.class).single();
        String fsync = jdbc.sql("SHOW fsync").query(String.class).single();
        // every value but off (local, on, remote_write, remote_apply) waits for the local WAL flush
        boolean durable = !"off".equalsIgnoreCase(synchronousCommit) && "on".equalsIgnoreCase(fsync);
        if (durable) {
            log.info("PostgreSQL commits are durable (synchronous_commit={}, fsync={})", synchronousCommit, fsync);
        } else {
            log.warn("PostgreSQL may lose acknowledged messages on a crash: synchronous_commit={}, fsync={} "
                    + "(set both to on)", synchronousCommit, fsync);
        }
        return durable;
    }
}
