package com.clinicchat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Grounded FAQ chat for clinics. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClinicChatApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClinicChatApplication.class, args);
    }

    /** One clock for timestamps, so that tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
