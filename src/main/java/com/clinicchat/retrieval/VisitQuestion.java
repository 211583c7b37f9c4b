package com.clinicchat.retrieval;

import java.util.regex.Pattern;

/**
 * A question about whether the clinic comes to the visitor ("do u guys come out to the house", "can you come to our
 * office", "do i have to drive somewhere or do you come to me") and the passage that answers it: the one saying
 * where treatments are brought. The question's place ("a quinceañera", "the job site trailer") is rarely a word of
 * any article, so the coverage evidence looks far, though every mobile clinic's article says where it goes.
 */
final class VisitQuestion {

    private static final String WHO = "(?:you|u|ya|yall|y'all|you guys|u guys|you all|your (?:people|nurses?|team|staff"
            + "|guys)|ur (?:people|nurses?|team|staff)|the nurses?|a nurse|someone|somebody|they)";
    /** Where to: a place with a determiner ("our office", "a wedding"), not a named town the articles may not serve. */
    private static final String PLACE = "(?:the|my|our|your|a|an|his|her|their|people'?s?|ppl'?s?|someone'?s"
            + "|somebody'?s|me|us|homes|houses|events|offices|workplaces|work|places|clients)";
    private static final String ADVERB = "(?:ever |also |even |actually |still |just )?";
    private static final Pattern ASKS = Pattern.compile(String.join("|",
            // "do you guys come out to the house", "can your nurses travel to events", "could u come to a wedding"
            "\\b(?:do|can|could|would|will|does) " + WHO + " " + ADVERB + "(?:come|travel|drive|go|visit)"
                    + "(?: out| over| up| down| round| around)?(?: to| into)? " + PLACE + "\\b",
            // "do u come out?", "do you do house calls or"
            "\\b(?:do|can|could|would|will|does) " + WHO + " " + ADVERB + "(?:come out|come over|make house calls"
                    + "|do house calls|do home visits)(?:$|[?!.,]| or\\b)",
            // "do you do events?"
            "\\b(?:do|can) " + WHO + " (?:do|offer|cover|handle) (?:events?|parties|house calls|home visits"
                    + "|weddings?|on-?site)\\b",
            // "do i have to drive somewhere"
            "\\b(?:do|would|will) (?:i|we) (?:have to |need to )?(?:come in|go somewhere|drive somewhere|come to you"
                    + "|go to (?:a|your) (?:clinic|office|location)|travel)\\b",
            "\\bcome to (?:me|us)\\b"));
    /** When or how far, which the articles do not say: "how soon can someone come out", "can you come on sundays". */
    private static final Pattern WHEN = Pattern.compile("\\b(?:how (?:soon|fast|late|quick|quickly|early|far|long)"
            + "|tonight|today|tomorrow|tmrw|same[- ]day|sundays?|saturdays?|weekends?|at night|evenings?|mornings?"
            + "|hours|\\d{1,2} ?(?:am|pm)|what time|when)\\b");
    /** A sentence saying the treatments come to the visitor's place. */
    private static final Pattern STATES = Pattern.compile("\\b(?:bring|brings|come|comes|travel|travels|visit|visits)"
            + "\\b[^.!?]{0,80}\\b(?:home|homes|house|office|event|events|door|doorstep)\\b");

    private VisitQuestion() {
    }

    static boolean asks(String question) {
        String lower = QuestionKinds.lower(question);
        return ASKS.matcher(lower).find() && !WHEN.matcher(lower).find();
    }

    static boolean answeredBy(String passage) {
        return STATES.matcher(QuestionKinds.lower(passage)).find();
    }
}
