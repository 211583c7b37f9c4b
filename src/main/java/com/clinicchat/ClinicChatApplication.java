package com.clinicchat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Grounded FAQ chat for clinics. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClinicChatApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClinicChatApplication.class, args);
    }
}
