package com.clinicchat.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Filters in front of everything, before the security filters. */
@Configuration(proxyBeanMethods = false)
class WebFiltersConfig {

    @Bean
    FilterRegistrationBean<OriginCheck> originCheck() {
        FilterRegistrationBean<OriginCheck> registration = new FilterRegistrationBean<>(new OriginCheck());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
