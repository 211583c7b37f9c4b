package com.clinicchat.triage;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The router's view of one visitor message in its conversation: the sentence embedding of the message, the
 * embedding of the visitor's previous message and the route of the last reply (so that "and for kids?" keeps its
 * thread), hashed word unigrams and bigrams (typos and emoji included), and a few shape features. Nothing names a
 * topic: the same features serve any article.
 */
final class MessageFeatures {

    /** Changes whenever the features change, so that cached models trained on older features are not reused. */
    static final String VERSION = "4";
    static final int HASH_BITS = 15;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|[\\p{So}\\p{Sk}\\p{Cs}]");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|i'm|im|me|my|mine|myself|i've|ive|i'd)\\b");
    private static final Pattern SOMEONE_CLOSE = Pattern.compile(
            "\\b(my|our)\\s+(\\w+\\s+)?(mom|mum|mother|dad|father|wife|husband|partner|son|daughter|child|kid|kids|baby|"
                    + "boy|girl|grandma|grandmother|grandpa|grandfather|sister|brother|friend|parents?|teen|toddler|"
                    + "client|teammate|boyfriend|girlfriend|fianc\\w*)\\b");
    /**
     * A question to the assistant about itself: whether it is a bot or a person, its name, what it can do, who made
     * it ("do you have a name", "what sort of things can you help with", "can I ask you something"). Its words are
     * everyday ones a clinic question shares ("do you have", "help with"), so without this the router reads it as a
     * question about the service. In the training and validation splits 227 of the 241 messages that match are small
     * talk, 11 are requests to reveal the model or the prompt.
     */
    private static final Pattern ABOUT_THE_ASSISTANT = Pattern.compile("\\b(?:are|r) (?:you|u) (?:just |only "
            + "|really |actually |even )?(?:a |an )?(?:bot|chat ?bot|robot|ai|a\\.i\\.|human|real person|real|person"
            + "|computer|machine|program|automated)\\b|\\b(?:is|am i talking to) (?:this|it) (?:just |only |really "
            + "|actually |even )?(?:a |an )?(?:bot|chat ?bot|robot|ai|a\\.i\\.|human|real person|computer|machine"
            + "|automated)\\b|\\byour name\\b|\\b(?:do|have) (?:you|u) (?:have|got) (?:a )?name"
            + "|\\bwhat(?:'s| is)? (?:[\\w']+ ){0,3}(?:can|could) (?:you|u) (?:help|do)\\b|\\bwhat (?:you|u) can "
            + "(?:help|do)\\b|\\bcan i ask (?:you )?(?:something|a question|smth|sth|a quick question)\\b"
            + "|\\b(?:who|what company) (?:made|built|created|programmed|trained|designed|owns) (?:you|u)\\b"
            + "|\\bwhat model\\b|\\b(?:do|does) (?:you|u) (?:actually |really |even )?understand\\b");

    /**
     * A task asked of the assistant: an imperative that opens the message ("write", "calculate", "balance this",
     * "translate", "do my"), or homework named. Medical words inside it ("write me a doctor's note", "NCLEX practice:
     * a client on magnesium sulfate ...") otherwise carry it to staff. In the training and validation splits 691 of
     * the 701 messages that match are off-topic requests; the two goodbye notes among the rest are caught by the
     * emergency rules first.
     */
    private static final Pattern ASKS_FOR_A_TASK = Pattern.compile("^(?:(?:hey|hi|ok|okay|so|pls|please|quick|quick "
            + "one|can you|could you|would you|u|you)[,!.:]?\\s+)*(?:write|calculate|solve|balance|translate"
            + "|summari[sz]e|draft|compose|code|debug|fix my|do my|help me (?:write|with my (?:homework|essay|code"
            + "|resume|cv))|make me a|generate|list \\d+|name \\d+)\\b|\\b(?:homework|essay|assignment|nclex"
            + "|practice question|show (?:your |the )?working)\\b");

    private final int embeddingSize;

    MessageFeatures(int embeddingSize) {
        this.embeddingSize = embeddingSize;
    }

    /** Number of feature indices in use (liblinear indices are 1-based). */
    int size() {
        return shapeOffset() + Shape.values().length;
    }

    /**
     * @param message       embedding of the message
     * @param previous      embedding of the visitor's previous message in the conversation, or null
     * @param previousRoute route of the assistant's last reply, or null at the start of a conversation
     */
    Feature[] of(String text, float[] message, float[] previous, Route previousRoute) {
        List<Feature> features = new ArrayList<>(2 * embeddingSize + 64);
        for (int i = 0; i < embeddingSize; i++) {
            features.add(new FeatureNode(1 + i, message[i]));
        }
        if (previous != null) {
            for (int i = 0; i < embeddingSize; i++) {
                features.add(new FeatureNode(1 + embeddingSize + i, previous[i]));
            }
        }
        int routeOffset = 1 + 2 * embeddingSize;
        features.add(new FeatureNode(routeOffset + (previousRoute == null ? 0 : 1 + previousRoute.ordinal()), 1));
        int hashOffset = routeOffset + Route.values().length + 1;
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> tokens = tokens(lower);
        Map<Integer, Double> hashed = new TreeMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            hashed.merge(hashOffset + bucket(tokens.get(i)), 1.0, Double::sum);
            if (i > 0) {
                hashed.merge(hashOffset + bucket(tokens.get(i - 1) + " " + tokens.get(i)), 1.0, Double::sum);
            }
        }
        double norm = Math.sqrt(hashed.values().stream().mapToDouble(v -> v * v).sum());
        hashed.forEach((index, count) -> features.add(new FeatureNode(index, count / norm)));
        int shape = shapeOffset();
        for (Shape feature : Shape.values()) {
            if (feature.holds(lower, tokens)) {
                features.add(new FeatureNode(shape + feature.ordinal(), 1));
            }
        }
        return features.toArray(Feature[]::new);
    }

    private int shapeOffset() {
        return 1 + 2 * embeddingSize + Route.values().length + 1 + (1 << HASH_BITS);
    }

    static List<String> tokens(String lower) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(lower);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static int bucket(String token) {
        return Math.floorMod(token.hashCode() * 0x9E3779B9, 1 << HASH_BITS);
    }

    /**
     * Form, not content: how long, whether a question, whether about the writer or someone close, about the
     * assistant itself, or a task asked of it.
     */
    private enum Shape {
        ONE_WORD, FEW_WORDS, LONG, QUESTION_MARK, NO_LETTERS, FIRST_PERSON_SUBJECT, SOMEONE_CLOSE_SUBJECT, DIGITS,
        ABOUT_THE_ASSISTANT_ITSELF, ASKS_FOR_A_TASK_OF_THE_ASSISTANT;

        boolean holds(String lower, List<String> tokens) {
            int words = (int) tokens.stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0))).count();
            return switch (this) {
                case ONE_WORD -> words <= 1;
                case FEW_WORDS -> words >= 2 && words <= 4;
                case LONG -> words >= 25;
                case QUESTION_MARK -> lower.indexOf('?') >= 0;
                case NO_LETTERS -> lower.codePoints().noneMatch(Character::isLetter);
                case FIRST_PERSON_SUBJECT -> FIRST_PERSON.matcher(lower).find();
                case SOMEONE_CLOSE_SUBJECT -> SOMEONE_CLOSE.matcher(lower).find();
                case DIGITS -> lower.codePoints().anyMatch(Character::isDigit);
                case ABOUT_THE_ASSISTANT_ITSELF -> ABOUT_THE_ASSISTANT.matcher(lower).find();
                case ASKS_FOR_A_TASK_OF_THE_ASSISTANT -> ASKS_FOR_A_TASK.matcher(lower.strip()).find();
            };
        }
    }
}
