package com.clinicchat.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Throttling of failed console sign-ins ({@code clinicchat.staff.sign-in.*}). Each limit is a bucket that
 * refills evenly over {@code period}; while one is empty, sign-in answers 429 with {@code Retry-After}.
 *
 * @param failuresPerAccountAndAddress failed sign-ins to one account from one address: an attacker's guessing
 *                                     slows to one every {@code period / this} without locking the account's owner
 *                                     out from anywhere else
 * @param failuresPerAddress           failed sign-ins from one address, whatever the account (password spraying)
 * @param failuresPerAccount           failed sign-ins to one account from anywhere (guessing from many addresses);
 *                                     large, so that it takes a wide attack to touch the owner
 * @param period                       the period the buckets refill over
 */
@Validated
@ConfigurationProperties("clinicchat.staff.sign-in")
public record SignInProperties(@Min(1) @DefaultValue("5") int failuresPerAccountAndAddress,
                               @Min(1) @DefaultValue("30") int failuresPerAddress,
                               @Min(1) @DefaultValue("100") int failuresPerAccount,
                               @NotNull @DefaultValue("10m") Duration period) {
}
