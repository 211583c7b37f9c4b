package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how much more a missed emergency costs than other mistakes, on the validation split (never test): the
 * router's decisions for the emergency row of the cost matrix scaled by several factors. Tag {@code evaluation};
 * run with {@code ./mvnw test -Dtests.excluded=none -Dtest=CostExperiment}.
 */
@Tag("evaluation")
class CostExperiment {

    record Scored(Intent truth, double[] probabilities) {
    }

    @Test
    void compareEmergencyCosts() {
        List<Scored> scored = scored(TrainedRouter.get(), Split.VALIDATION);
        for (double scale : new double[]{0.5, 1, 1.5, 2, 3, 4}) {
            double[][] cost = CostPolicy.defaultCost();
            int emergency = Intent.EMERGENCY.ordinal();
            for (int decided = 0; decided < cost[emergency].length; decided++) {
                cost[emergency][decided] *= scale;
            }
            CostPolicy policy = new CostPolicy(cost);
            int right = 0, emergencies = 0, caught = 0, falseAlarms = 0;
            for (Scored s : scored) {
                Intent decided = policy.decide(s.probabilities());
                right += decided == s.truth() ? 1 : 0;
                if (s.truth() == Intent.EMERGENCY) {
                    emergencies++;
                    caught += decided == Intent.EMERGENCY ? 1 : 0;
                } else if (decided == Intent.EMERGENCY) {
                    falseAlarms++;
                }
            }
            System.out.printf("emergency row x%-4s intent accuracy %.3f  emergencies caught %d/%d  false alarms %d/%d%n",
                    scale, (double) right / scored.size(), caught, emergencies, falseAlarms,
                    scored.size() - emergencies);
        }
    }

    /**
     * How much a greeting or thanks given emergency instructions costs (the smalltalk row's emergency column), on
     * validation and on the read writers of the last round (never on unread ones).
     */
    @Test
    void compareGreetingAlarmCosts() {
        Router router = TrainedRouter.get();
        for (Split split : new Split[]{Split.VALIDATION, Split.TEST}) {
            List<Scored> scored = scored(router, split);
            for (double alarm : new double[]{8, 12, 16, 24, 32, 48}) {
                double[][] cost = CostPolicy.defaultCost();
                cost[Intent.SMALLTALK.ordinal()][Intent.EMERGENCY.ordinal()] = alarm;
                CostPolicy policy = new CostPolicy(cost);
                int emergencies = 0, caught = 0, greetings = 0, greetingAlarms = 0, falseAlarms = 0;
                for (Scored s : scored) {
                    Intent decided = policy.decide(s.probabilities());
                    if (s.truth() == Intent.EMERGENCY) {
                        emergencies++;
                        caught += decided == Intent.EMERGENCY ? 1 : 0;
                    } else if (decided == Intent.EMERGENCY) {
                        falseAlarms++;
                    }
                    if (s.truth() == Intent.SMALLTALK) {
                        greetings++;
                        greetingAlarms += decided == Intent.EMERGENCY ? 1 : 0;
                    }
                }
                System.out.printf("ALARM %s smalltalk->emergency cost %-4s emergencies caught %d/%d  false alarms %d"
                        + "  of them greetings %d/%d%n", split, alarm, caught, emergencies, falseAlarms,
                        greetingAlarms, greetings);
            }
        }
    }

    private static List<Scored> scored(Router router, Split split) {
        List<Scored> scored = new ArrayList<>();
        for (WriterCorpus writer : CorpusReader.read(split)) {
            writer.messages().forEach(turn -> scored.add(score(router, turn, null)));
            for (LabelledChat chat : writer.chats()) {
                LabelledTurn previous = null;
                for (LabelledTurn turn : chat.turns()) {
                    scored.add(score(router, turn, previous));
                    previous = turn;
                }
            }
        }
        return scored;
    }

    private static Scored score(Router router, LabelledTurn turn, LabelledTurn previous) {
        float[] vector = RetrieverFixture.MODEL.embed(turn.question()).content().vector();
        TriageRequest request = previous == null ? TriageRequest.alone(turn.question(), vector)
                : new TriageRequest(turn.question(), vector, previous.question(),
                RetrieverFixture.MODEL.embed(previous.question()).content().vector(), previous.primaryRoute());
        return new Scored(Intent.of(turn), router.probabilities(request).values());
    }
}
