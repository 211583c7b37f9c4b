package com.clinicchat.gaps;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * How knowledge gaps are grouped ({@code clinicchat.gaps.*}).
 *
 * @param subjectWords words nearly every question to this clinic holds: left out before comparing meanings, so that
 *                     "How much does it cost?" and "How much does a magnesium IV cost?" are one topic (price)
 * @param similarity   cosine between two topics' average embeddings from which they are one group
 */
@Validated
@ConfigurationProperties("clinicchat.gaps")
public record GapsProperties(
        @NotNull @DefaultValue({"magnesium", "mag", "iv", "intravenous", "drip", "drips", "infusion", "infusions",
                "therapy", "treatment", "treatments"}) List<String> subjectWords,
        @DecimalMin("0.05") @DecimalMax("1.0") @DefaultValue("0.5") double similarity) {

    public GapsProperties {
        subjectWords = List.copyOf(subjectWords);
    }
}
