package com.clinicchat.llm.grounding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots a sentence that advises the visitor personally: what they should do, take or avoid, how much or how often,
 * or whether the treatment suits or is safe for them. That is for the clinic's staff, whatever the article says, so
 * a reply holding such a sentence becomes a hand-over to a person. A "you" that only states a fact ("the drip
 * bypasses your digestive system") is not advice and is judged like any other sentence.
 */
final class PersonalAdvice {

    private static final Pattern[] ADVICE = {
            // what the visitor should do
            Pattern.compile("\\byou(?:'d|'ll| would| will)?\\s+(?:really\\s+|probably\\s+|definitely\\s+|also\\s+|still\\s+|first\\s+)?"
                    + "(?:should|must|need to|needs to|ought to|have to|had better|might want to|may want to|"
                    + "may wish to|might wish to|could wish to|would do well to|"
                    // "you'd be wise to avoid…", "you'd better wait": advice said as a judgement of the choice
                    + "be wise to|be smart to|be better off|better|had best|'d best|"
                    + "want to|could try|can try|could consider|can consider|"
                    + "may consider|might consider|should consider)\\b"),
            Pattern.compile("\\bit(?:'s| is| would be)\\s+(?:best|better|wise|safer)\\s+(?:that\\s+)?you\\b"),
            Pattern.compile("\\b(?:i|we)\\s+(?:would\\s+|'d\\s+)?(?:recommend|suggest|advise|encourage|urge)\\b"),
            Pattern.compile("\\bmy (?:advice|recommendation|suggestion)\\b"),
            Pattern.compile("\\bi(?:'d| would)\\s+(?:hold off|wait|avoid|skip|recommend|suggest|go with|start|try|stick|"
                    + "book|consider|not)\\b"),
            Pattern.compile("\\byou\\s+(?:could|can|might|may)\\s+(?:also\\s+|safely\\s+|even\\s+|just\\s+)?(?:be able to\\s+)?"
                    + "(?:book|try|get|have|start|schedule|consider|cut|reduce|stop|keep|skip|take|switch|use|go|"
                    + "come off|drop|lower|increase|pause|ignore|continue|hold off|wait)\\b"),
            // the visitor's own condition, history, medication or doctor
            Pattern.compile("\\b(?:your|yours)\\s+(?:own\\s+)?(?:[a-z'-]+\\s+){0,2}(?:condition|conditions|history|"
                    + "crohn'?s?|migraines?|headaches?|symptoms?|pregnancy|kidneys?|blood pressure|diabetes|cramps?|fatigue|"
                    + "anxiety|palpitations|deficiency|case|situation|doctor|cardiologist|gp|physician|tablets|pills|"
                    + "medication|medications|meds|prescription|supplements|diagnosis)\\b"),
            Pattern.compile("\\b(?:like yours|for you specifically|in your case|in your situation|for someone like you|"
                    + "at your age|for your age|with your|given your|because of your|since your)\\b"),
            // the visitor addressed through a group ("people like you", "a runner like yourself", "as a nurse, you'd…")
            // or as a list item of their own ("- You: fine to book")
            Pattern.compile("\\b(?:people|someone|somebody|anyone|those|folks) like you(?:rself)?\\b|\\blike yourself\\b"
                    + "|^[^a-z]*as an? [a-z-]+(?: [a-z-]+)?, you\\b|^[^a-z]*you\\s*:"),
            // a prediction hedged as likely ("you'd likely get a real boost")
            Pattern.compile("\\byou(?:'d|'ll| would| will)\\s+(?:probably|likely|most likely)\\s+(?:get|feel|experience|"
                    + "see|gain|find)\\b"),
            // the visitor's best outcome foretold ("you'd get the most out of it by booking right after your race")
            Pattern.compile("\\byou(?:'d|'ll| would| will)\\s+(?:get|see|feel|notice)\\s+the\\s+(?:most|best|biggest|"
                    + "fullest)\\b"),
            Pattern.compile("\\b(?:option|choice|idea|fit|plan|point|bet|step|need|reason)\\s+for you\\b|\\bfor you to\\b"),
            // reassurance about the visitor's own condition ("I wouldn't worry", "your heart block shouldn't be an
            // issue") and a choice judged worth it for them ("definitely worth trying for you")
            Pattern.compile("\\bi(?:'d| would)(?:n't| not) (?:worry|be worried|be concerned|stress)\\b"
                    + "|\\byour\\b[^.;]{0,40}\\b(?:shouldn't|should not|won't|will not|wouldn't|would not|isn't|is not)\\s+"
                    + "(?:really\\s+)?(?:be\\s+)?(?:an?\\s+|any\\s+)?(?:big\\s+|real\\s+|major\\s+)?(?:issue|problem|concern|"
                    + "worry|obstacle|barrier|dealbreaker)"
                    + "|\\bworth (?:it|trying|a try|a shot|considering|doing|a go|booking)\\s+for you\\b"),
            // the visitor placed in a group the passages name ("that puts you squarely in the group it suits", "you
            // fall into the second category")
            Pattern.compile("\\b(?:puts?|places?) you\\s+(?:(?:squarely|right|firmly|clearly)\\s+)?(?:in|into|among)\\b"
                    + "|\\byou(?:'d| would)?\\s+(?:(?:probably|likely|clearly|squarely)\\s+)?(?:fall|fit|belong)\\s+"
                    + "(?:(?:squarely|right|firmly|clearly)\\s+)?(?:in|into|under|among|to)\\b"),
            // an instruction in the middle of a sentence: "…, so skip the drip for now"
            Pattern.compile("(?:,|;|\\bso|\\band|\\bthen)\\s+(?:please\\s+|just\\s+)?(?:skip|avoid|stop|wait|hold off|try|ignore|"
                    + "take|book|stick to|talk to|consult|ask your|see your|check with)\\b"),
            Pattern.compile("\\b(?:it(?:'s| is| would be)|that(?:'s| is| would be))\\s+(?:best|wise|a good idea|"
                    + "advisable|important|better) (?:for you )?to\\b"),
            // a label or an opening addressing the visitor ("**For you:**", "In your case, …"): what follows is about them
            Pattern.compile("^[^a-z]*(?:for you|for yourself|in your case|your case|your situation|personally)"
                    + "[^a-z]*[:,]"),
            // the better choice for the visitor ("you're better off skipping the pills")
            Pattern.compile("\\byou(?:'re|’re| are)\\s+(?:probably\\s+|likely\\s+|definitely\\s+)?better off\\b"),
            // a verdict between options, for the visitor's own levels, body or condition
            Pattern.compile("\\b(?:better|best|right|safer|smarter|ideal) (?:option|choice|route|bet|pick)\\b.*"
                    + "\\byour\\b|\\byour\\b.*\\b(?:better|best|right|safer|smarter|ideal) (?:option|choice|route|bet|pick)\\b"),
            // suitability and safety for this visitor
            Pattern.compile("\\b(?:safe|suitable|right|ideal|fine|okay|ok|appropriate|recommended|beneficial|perfect|"
                    + "a good fit|a great fit|a good option|a great option|good|great|helpful|worth it|risky|"
                    + "dangerous|unsafe|not safe|harmful|normal|expected|nothing)\\s+for you\\b"),
            Pattern.compile("\\byou\\b[^.;]{0,30}\\b(?:candidate|good fit|great fit|perfect fit|ideal fit|good match)\\b"),
            // someone close to the visitor: their case is personal too
            Pattern.compile("\\byour\\s+(?:mom|mum|mother|dad|father|parents?|husband|wife|partner|spouse|son|daughter|"
                    + "kids?|child|children|baby|teens?|teenager|toddler|little one|newborn|infant|grand\\w+|"
                    + "sister|brother|friend|family|boyfriend|girlfriend|aunt|uncle)\\b"),
            Pattern.compile("\\byou(?:'re| are|'d be|'ll be| would be| will be|'d| would|'ll| will)\\s+"
                    + "(?:(?:probably|likely|most likely|definitely|totally|completely|perfectly|certainly|still|"
                    + "absolutely|be)\\s+){0,2}(?:fine|safe|okay|ok|good to go|cleared|eligible|not eligible|"
                    + "at risk|in the clear|alright|all right)\\b"),
            // a prediction about how this visitor's body will take it
            Pattern.compile("\\byou(?:'d|'ll| would| will| should)\\s+(?:(?:probably|likely|most likely|definitely|"
                    + "certainly)\\s+)?(?:tolerate|handle|react|respond|do well|cope|feel better|feel fine|benefit|"
                    + "notice|see results)\\b"),
            // reassurance that the visitor need not act or worry
            Pattern.compile("\\b(?:no need to|don't need to|do not need to|nothing to|don't|do not|no reason to)\\s+"
                    + "(?:worry|be worried|panic|be concerned|call|see a|see your|contact|seek|tell|mention|report|"
                    + "bother)\\b"),
            // what the visitor told us of their case, and what to tell the clinic if it happens to them
            Pattern.compile("\\byou(?:'ve| have)?\\s+(?:just\\s+)?(?:mentioned|said|told us|described)\\b"),
            Pattern.compile("\\blet (?:us|our [a-z]+|the [a-z]+|staff|someone) know (?:if|when|whether) you\\b"),
            // what the visitor felt or went through: their own case, whatever the sentence then says of it
            Pattern.compile("\\b(?:you|you've|you have|you've been|you're|you are)\\s+(?:just\\s+|recently\\s+)?"
                    + "(?:felt|noticed|experienced|had|got|been feeling|feeling|experiencing|noticing|going through)\\b"
                    + "(?!\\s+(?:to|any\\s+questions))"),
            // "a magnesium drip would likely help you sleep": the treatment's effect promised to this visitor
            Pattern.compile("\\b(?:it|this|that|(?:the|a|an|one)\\s+(?:[a-z]+\\s+){0,2}(?:drip|infusion|treatment|"
                    + "therapy|iv|session))\\s+(?:would|will|should|could|may|might|can)\\s+"
                    + "(?:(?:really|likely|probably|definitely|certainly|most likely)\\s+)?(?:suit|work for|help) you\\b"),
            Pattern.compile("\\b(?:suits?|work(?:s)? (?:well )?for) you\\b"),
            Pattern.compile("\\byou(?:'ll| will| would| could| can| may| might)?\\s+(?:safely|definitely|certainly)\\b"),
            // "you could probably stop…": a hedge between does not make it less of an instruction
            Pattern.compile("\\byou\\s+(?:can|could|may)\\s+(?:(?:safely|probably|likely|possibly|just|even|also|"
                    + "then)\\s+){0,2}(?:stop|replace|skip|quit|drop|reduce|"
                    + "cut|come off|swap|switch|combine|mix|double|take|have it|get it|go ahead)\\b"),
            // what the visitor no longer needs, or may do afterwards: "you no longer need your tablets", "you can
            // drive straight after" (permission for this visitor, whatever the article says of effects)
            Pattern.compile("\\byou(?:'ll| will| would)?\\s+(?:no longer|don't|do not|won't|will not|wouldn't|"
                    + "would not)\\s+(?:need|have to|require)\\b"),
            Pattern.compile("\\byou(?:'ll| will)?\\s+(?:can|could|may|'ll be able to|will be able to)\\s+"
                    + "(?:(?:safely|still|then|just|even)\\s+)?(?:drive|work out|exercise|fly|travel|swim|drink alcohol|"
                    + "return to|go back to|resume|get back to|eat|leave)\\b"),
            Pattern.compile("\\b(?:instead of|replace|stop|skip|reduce|quit|come off)\\s+(?:taking\\s+)?your\\s+"
                    + "(?:pills|medication|medications|medicine|meds|prescription|supplements|treatment|doctor)\\b"),
            // doses and schedules for this visitor
            Pattern.compile("\\byour\\s+(?:dose|dosage|doses|schedule|regimen)\\b"),
            Pattern.compile("\\byou(?:'ll| will| would| should)?\\s+(?:need|get|require|want)\\s+(?:a|an|one|two|three|"
                    + "\\d+|about|around|roughly|at least)\\b.*\\b(?:dose|gram|grams|mg|sessions?|drips?|infusions?|"
                    + "weeks?|months?|days?)\\b"),
            // conditional on the visitor's own situation, with a verdict or advice attached
            Pattern.compile("\\b(?:if|since|as|because|given that|now that|when|while)\\s+you(?:'re| are| have|'ve| take|"
                    + " were| suffer| feel| experience| get| had| 're)\\b.*\\b(?:should|must|need|talk|consult|ask|"
                    + "check|avoid|wait|skip|stop|safe|fine|okay|ok|suitable|recommend|best|caution|careful|advis\\w*|"
                    + "consult\\w*|get|book\\w*|before|good idea|"
                    + "doctor|physician|staff|team)\\b"),
    };
    /** An instruction to the reader at the start of a sentence: "Try…", "Avoid…", "Talk to your doctor…". */
    private static final Pattern IMPERATIVE = Pattern.compile("^(?:(?:so|also|then|but|and|just|please|first),?\\s+)?"
            + "(?:try|take|consider|avoid|stop|start|skip|ask|talk|speak|consult|get|go|make sure|be sure|don't|do not|"
            + "keep|drink|eat|see|check with|discuss|opt for|choose|plan|limit|increase|reduce|combine|pair|"
            + "schedule|book|aim|wait|hold off|let your|tell your|give it|come in)\\b");

    private PersonalAdvice() {
    }

    /** The advising phrase, when the sentence advises the visitor personally. */
    static Optional<String> find(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        for (Pattern advice : ADVICE) {
            Matcher matcher = advice.matcher(lower);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        // a short label such as "Use caution:" or "Bottom line:" heads a statement; the statement is what counts
        String statement = lower.replaceFirst("^[^a-z]+", "").replaceFirst("^[^:.!?]{1,30}:\\s+(?=\\S)", "");
        Matcher imperative = IMPERATIVE.matcher(statement);
        return imperative.find() ? Optional.of(imperative.group()) : Optional.empty();
    }
}
