package com.clinicchat.cluster;

import com.clinicchat.ClinicChatApplication;
import com.clinicchat.conversation.StoreFixture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Application nodes with the {@code cluster} profile in this JVM, each its own context on its own port, sharing the
 * real local PostgreSQL (a schema of this run's own, dropped at the end) and the real local Redis (keys and
 * channels under a prefix of this run's own, deleted at the end), so that other builds on the machine never collide.
 */
final class ClusterNodes implements AutoCloseable {

    static final String REDIS_HOST = System.getProperty("tests.redis.host", "127.0.0.1");
    static final int REDIS_PORT = Integer.getInteger("tests.redis.port", 6379);

    final String schema = StoreFixture.randomSchema();
    final String prefix = "cctest-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final Map<String, String> extra;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    ClusterNodes(Map<String, String> extra) {
        this.extra = extra;
    }

    /** Starts a node named {@code nodeId} on a free port. */
    ConfigurableApplicationContext start(String nodeId) {
        return start(nodeId, Map.of());
    }

    ConfigurableApplicationContext start(String nodeId, Map<String, String> more) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", StoreFixture.POSTGRES_URL + "?currentSchema=" + schema);
        properties.put("spring.datasource.username", StoreFixture.POSTGRES_USER);
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.data.redis.host", REDIS_HOST);
        properties.put("spring.data.redis.port", String.valueOf(REDIS_PORT));
        properties.put("clinicchat.cluster.node-id", nodeId);
        properties.put("clinicchat.cluster.redis-prefix", prefix);
        properties.put("clinicchat.cluster.presence-heartbeat", "PT0.5S");
        properties.put("clinicchat.cluster.presence-ttl", "PT3S");
        properties.putAll(extra);
        properties.putAll(more);
        // as command-line arguments: above the profile's own files (builder properties would be below them)
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClinicChatApplication.class)
                .profiles("cluster").run(arguments);
        started.add(context);
        return context;
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Override
    public void close() {
        StringRedisTemplate redis = null;
        for (ConfigurableApplicationContext context : started.reversed()) {
            if (context.isActive()) {
                if (redis == null) {
                    redis = context.getBean(StringRedisTemplate.class);
                    Set<String> keys = redis.keys(prefix + "*");
                    if (keys != null && !keys.isEmpty()) {
                        redis.delete(keys);
                    }
                }
                context.close();
            }
        }
        JdbcClient.create(new DriverManagerDataSource(StoreFixture.POSTGRES_URL, StoreFixture.POSTGRES_USER, ""))
                .sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
    }
}
