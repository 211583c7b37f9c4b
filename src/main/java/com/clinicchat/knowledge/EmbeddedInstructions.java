package com.clinicchat.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes out of an article any sentence or list item that reads as instructions to a chat assistant ("ignore your
 * rules…", "the assistant must…"). Article text is quoted to visitors and handed to LLMs as data; a line like that
 * is either a mistake or an attack, and must reach neither.
 */
final class EmbeddedInstructions {

    private static final Pattern INSTRUCTION = Pattern.compile("\\b(?:"
            + "(?:ignore|disregard|forget|override) (?:all |any |the |your |previous |prior |above |these )*(?:rules|instructions|guidelines|prompt)"
            + "|system prompt|hidden instructions|jailbreak|developer mode"
            + "|(?:the |an |this )?(?:ai|assistant|chatbot|bot|language model|llm)s? (?:must|should|shall|will|may) (?:always |now |never )?\\w+"
            + "|(?:you are|act as|pretend to be) (?:an? |the )?(?:ai|assistant|chatbot|bot|language model)"
            + "|(?:reveal|print|repeat|output) (?:your|the) (?:instructions|prompt|rules))\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private EmbeddedInstructions() {
    }

    /** The article without instruction-like lines; each removal is noted in {@code removed}. */
    static Article strip(Article article, List<String> removed) {
        List<Section> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            StringBuilder body = new StringBuilder();
            for (String line : section.body().split("\n", -1)) {
                boolean item = line.startsWith("- ");
                List<String> kept = new ArrayList<>();
                for (String sentence : SENTENCE_END.split(item ? line.substring(2) : line)) {
                    if (INSTRUCTION.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                        removed.add(section.id() + ": \"" + abbreviate(sentence) + "\"");
                    } else {
                        kept.add(sentence);
                    }
                }
                if (!kept.isEmpty() || (!item && line.isBlank())) {
                    body.append(item ? "- " : "").append(String.join(" ", kept)).append('\n');
                }
            }
            sections.add(new Section(section.id(), section.articleId(), section.articleTitle(), section.articleUrl(),
                    section.headingPath(), section.heading(), section.anchor(), section.url(), body.toString().strip()));
        }
        return new Article(article.id(), article.title(), article.url(), article.summary(), sections);
    }

    private static String abbreviate(String sentence) {
        return sentence.length() <= 60 ? sentence : sentence.substring(0, 57) + "...";
    }
}
