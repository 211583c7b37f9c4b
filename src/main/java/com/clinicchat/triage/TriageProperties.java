package com.clinicchat.triage;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds for triage by similarity to the labelled example messages in {@code triage/examples.txt}.
 *
 * @param emergencySimilarity cosine to the nearest emergency example from which a message is an emergency
 * @param medicalSimilarity   cosine to the nearest personal-medical example from which a message may be one
 * @param medicalMargin       how much nearer that example must be than the nearest general question
 * @param serviceCoverage     share of a home-visit question's words a passage must hold to answer it
 */
@Validated
@ConfigurationProperties("clinicchat.triage")
public record TriageProperties(
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.55") double emergencySimilarity,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.75") double medicalSimilarity,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.05") double medicalMargin,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double serviceCoverage) {
}
