package com.clinicchat.answering;

import com.clinicchat.limits.RateLimitStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link AskLimits} in front of {@code /api/ask} only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AskProperties.class)
class AskWebConfig {

    @Bean
    FilterRegistrationBean<AskLimits> askLimits(RateLimitStore store, AskProperties properties) {
        FilterRegistrationBean<AskLimits> registration = new FilterRegistrationBean<>(new AskLimits(store, properties));
        registration.addUrlPatterns("/api/ask");
        return registration;
    }
}
