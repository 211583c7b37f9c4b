package com.clinicchat.triage;

import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The learned router's training settings.
 *
 * @param regularisation liblinear's C for the logistic regression: larger fits the training writers more closely;
 *                       chosen on the validation split (see docs/evaluation.md)
 */
@Validated
@ConfigurationProperties("clinicchat.triage")
public record TriageProperties(@DecimalMin("0.001") @DefaultValue("8") double regularisation) {
}
