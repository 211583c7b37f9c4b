package com.clinicchat.widget;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Serves the embeddable widget at {@code /widget.js} (the one URL clinics put in their pages) and the demo page,
 * which stands in for the clinic's own article page at the URL the citations point to.
 */
@Configuration(proxyBeanMethods = false)
class WidgetWebConfig implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // short caching: a fixed widget reaches every site within minutes
        registry.addResourceHandler("/widget.js")
                .addResourceLocations("classpath:/static/widget/")
                .setCacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/blog/magnesium-iv-benefits").setViewName("forward:/demo/index.html");
        registry.addViewController("/demo").setViewName("redirect:/blog/magnesium-iv-benefits");
    }
}
