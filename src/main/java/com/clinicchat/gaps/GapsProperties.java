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
 * @param subjectWords words nearly every question to an IV clinic holds: left out before comparing meanings, with
 *                     the subject words of the clinic's articles ({@code knowledge.SubjectWords}), so that "How much
 *                     does it cost?" and "How much does a zinc IV cost?" are one topic (price) in a clinic writing
 *                     about zinc. What one article is about is never listed here: it comes from the articles.
 * @param similarity   average cosine (bge-small-en-v1.5 embeddings of the topics) between the questions of two
 *                     groups from which they are one group; 0.7 was chosen on labelled questions
 *                     ({@code GapSimilarityEvaluation}, docs/evaluation.md)
 */
@Validated
@ConfigurationProperties("clinicchat.gaps")
public record GapsProperties(
        @NotNull @DefaultValue({"iv", "intravenous", "drip", "drips", "infusion", "infusions", "therapy",
                "treatment", "treatments"}) List<String> subjectWords,
        @DecimalMin("0.05") @DecimalMax("1.0") @DefaultValue("0.7") double similarity) {

    public GapsProperties {
        subjectWords = List.copyOf(subjectWords);
    }
}
