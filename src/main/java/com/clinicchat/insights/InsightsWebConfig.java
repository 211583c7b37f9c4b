package com.clinicchat.insights;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The insights page, {@code frontend/staff/insights.html}, at {@code /staff/insights}: behind the staff sign-in like
 * every console page; its figures come from the admin-only API.
 */
@Configuration(proxyBeanMethods = false)
class InsightsWebConfig implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/staff/insights").setViewName("forward:/staff/insights.html");
    }
}
