package com.clinicchat.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's pages: plain files from {@code frontend/staff/}, served as {@code /staff/…}. */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfig implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/staff").setViewName("redirect:/staff/");
        registry.addViewController("/staff/").setViewName("forward:/staff/index.html");
        registry.addViewController(SecurityConfig.LOGIN_PAGE).setViewName("forward:/staff/login.html");
    }
}
