package com.clinicchat.retrieval;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Hybrid retrieval knobs.
 *
 * @param maxPassages   passages returned per query by default
 * @param candidates    how many hits each of BM25 and KNN contributes to the fusion
 * @param rrfK          the k of reciprocal rank fusion, 1/(k + rank); larger flattens the rank curve
 * @param minConfidence below this probability (of the learned coverage model) a query counts as "not covered by the
 *                      articles"; 0.625 is the threshold of least expected cost in cross-validation over the
 *                      training writers when answering a question the articles do not cover costs twice as much as
 *                      judging an answerable one not covered (docs/evaluation.md, "After round 13: coverage")
 */
@Validated
@ConfigurationProperties("clinicchat.retrieval")
public record RetrievalProperties(@Min(1) @Max(50) @DefaultValue("8") int maxPassages,
                                  @Min(1) @Max(500) @DefaultValue("15") int candidates,
                                  @Min(1) @DefaultValue("10") int rrfK,
                                  @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.625") double minConfidence) {
}
