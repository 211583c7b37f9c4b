package com.clinicchat.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first administrator account, from configuration, or with a random password printed once in the log.
 * (Staff accounts kept in the database come with the staff console.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaffAccountsConfig {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountsConfig.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager staffAccounts(StaffProperties properties, PasswordEncoder encoder) {
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No clinicchat.staff.admin-password set: generated password for '{}' is {} (shown once)",
                    properties.adminUsername(), password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(properties.adminUsername())
                .password(encoder.encode(password)).roles("ADMIN", "STAFF").build());
    }
}
