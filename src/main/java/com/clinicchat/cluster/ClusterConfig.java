package com.clinicchat.cluster;

import com.clinicchat.chat.SocketsPerAddress;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.limits.RateLimitStore;
import com.clinicchat.staff.StaffRoster;
import io.lettuce.core.RedisClient;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/**
 * The {@code cluster} profile's wiring: Redis for fan-out, presence, rate limits and socket caps per address, the
 * database for job locks.
 * (Staff sign-in sessions go to Redis through Spring Session's own auto-configuration, on with this profile only.)
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
class ClusterConfig {

    /** Relayed events are handled one at a time, in the order Redis delivers them. */
    @Bean
    RedisMessageListenerContainer clusterListener(LettuceConnectionFactory redis, FanIn fanIn,
                                                  ClusterProperties properties) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(fanIn.thread());
        container.setRecoveryInterval(1000);
        container.addMessageListener(fanIn, new ChannelTopic(properties.channel()));
        return container;
    }

    @Bean
    FanIn fanIn(ClusterProperties properties, JsonMapper json, Conversations conversations, ConversationStore store,
                ApplicationEventPublisher events, SharedRoster roster) {
        return new FanIn(properties, json, conversations, store, events, roster);
    }

    @Bean
    @Primary
    SharedRoster sharedRoster(@Qualifier("staffConnections") StaffRoster local, StringRedisTemplate redis,
                              ClusterProperties properties, FanOut fanOut, ApplicationEventPublisher events,
                              Clock clock) {
        return new SharedRoster(local, redis, properties, fanOut, events, clock);
    }

    @Bean
    SocketsPerAddress sharedSocketsPerAddress(StringRedisTemplate redis, ClusterProperties properties, Clock clock) {
        return new SharedSocketsPerAddress(redis, properties, clock);
    }

    @Bean
    RateLimitStore redisRateLimitStore(LettuceConnectionFactory redis, ClusterProperties properties,
                                       DataRedisProperties redisProperties) {
        Duration timeout = redisProperties.getTimeout() == null ? Duration.ofSeconds(2) : redisProperties.getTimeout();
        return new RedisRateLimitStore((RedisClient) redis.getRequiredNativeClient(), properties.redisPrefix(),
                timeout);
    }

    @Bean
    OncePerClusterScheduler taskScheduler(JdbcTemplate jdbc, ClusterProperties properties) {
        JdbcTemplateLockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(jdbc).usingDbTime().withLockedByValue(properties.nodeId()).build());
        return new OncePerClusterScheduler(new DefaultLockingTaskExecutor(provider), properties.oncePerCluster(),
                Duration.ofMinutes(30), properties.jobLockAtLeast());
    }
}
