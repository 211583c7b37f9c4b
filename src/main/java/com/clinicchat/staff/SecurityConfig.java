package com.clinicchat.staff;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Visitors are anonymous: the widget, its socket, {@code /api/ask} and health are public;
 * the staff console, its socket and its API need a signed-in staff member; admin endpoints need ADMIN.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/staff/**", "/ws/staff/**", "/api/staff/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                // the visitor side is cross-origin JSON without cookies; the console keeps CSRF protection
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/ask", "/ws/chat/**"))
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
    }
}
