package com.clinicchat.retrieval;

import com.clinicchat.text.EnglishVocabulary;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A question about who gives the treatment and whether anyone watches over it ("who actually does the drip?", "are
 * your nurses licensed?", "is someone watching the whole time or do they hook you up and leave") and the passages
 * that answer it: the ones saying who delivers the therapy (licensed professionals, nurses). The visitor's words
 * ("who shows up", "a real medical person or just a tech") are rarely the article's, though every clinic article
 * says who treats its clients. A question naming an uncommon word that no article uses ("is someone watching the
 * whole time during nad") asks about something the articles do not describe: it is left to the coverage decision.
 */
final class CareTeamQuestion {

    private static final Pattern ASKS = Pattern.compile(String.join("|",
            // "who actually does the drip", "who do the infusions", "who gives it?", not "who does it help"
            "\\bwho(?:'s| is| will| would)? (?:actually |exactly |even |usually )?(?:gives?|giving|does|do|doing"
                    + "|administers?|puts?|putting|starts?|runs?|be doing|be giving) (?:the |my |your |these |those |a "
                    + "|an )?(?:ivs?\\b|drips?\\b|infusions?\\b|needles?\\b|line\\b|treatments?\\b|it\\W*$|them\\W*$)",
            // "who shows up", "who comes out to the house"
            "\\bwho(?:'s| is| will| would)? (?:actually |exactly |usually )?(?:comes?|coming|shows? up)\\b",
            // "are your nurses licensed", "u guys licensed?", "is it a real nurse or a tech"; not a credential asked
            // by name ("certified in ACLS", "RN or paramedic?"), which no article gives
            "\\b(?:licensed|licenced|qualified|real nurses?|actual nurses?|real medical|medical person"
                    + "|medically trained|trained nurses?)\\b",
            // "is someone watching the whole time", "do they just leave you", "will the nurse stay"
            "\\b(?:someone|somebody|anyone|anybody|a nurse|the nurse|nurses?|they|staff) (?:be |is |are |will )?"
                    + "(?:watching|monitoring|watch|monitor|stay|stays|staying|there the whole|with you the whole)\\b",
            "\\b(?:watch|watching|monitor|monitoring|keep an eye on) (?:you|me|him|her|them|us|the patient)\\b"
                    + "|\\bleft alone\\b|\\b(?:just|then) leave\\b|\\bleave (?:you|me|him|her|them) (?:alone|there)\\b"
                    + "|\\bhook (?:you|me|him|her|them) up and (?:go|leave)\\b"));
    /** A passage saying who treats: licensed professionals, nurses, clinicians. */
    private static final Pattern NAMES_THE_CARERS = Pattern.compile("\\b(?:licensed|nurses?|medical professionals?"
            + "|clinicians?|practitioners?)\\b");

    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

    private CareTeamQuestion() {
    }

    /** @param usedByArticles whether the articles use a word */
    static boolean asks(String question, Predicate<String> usedByArticles) {
        String lower = QuestionKinds.lower(question);
        return ASKS.matcher(lower).find() && WORD.splitAsStream(lower)
                .noneMatch(word -> word.length() >= 3 && EnglishVocabulary.uncommon(word) && !usedByArticles.test(word));
    }

    static boolean answeredBy(String passage) {
        return NAMES_THE_CARERS.matcher(QuestionKinds.lower(passage)).find();
    }
}
