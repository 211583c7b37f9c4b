package com.clinicchat.staff;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminUsername the first administrator's user name
 * @param adminPassword its password; when empty, a random one is generated and printed once in the log
 */
@Validated
@ConfigurationProperties("clinicchat.staff")
public record StaffProperties(@NotBlank @DefaultValue("admin") String adminUsername, String adminPassword) {
}
