package org.storybot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real questions handed out in a fixed shuffled rotation, so that consecutive questions come from
 * different stories and a question comes back only after every other one has been asked. It notes
 * how long ago each question was last handed out: the embedder remembers recent query vectors, so
 * a repeat soon after can be answered from that memory and must be reported. Thread-safe.
 */
final class QuestionPool {

    /** A question handed out, with the number of questions handed out since its previous use (-1: first use). */
    record Draw(String text, long gap) {
    }

    /** How many of the questions a measurement used had been asked before, and how recently at most. */
    record Reuse(int asked, int repeated, Long nearestRepeatGap) {
    }

    private final List<String> rotation;
    private final Map<String, Long> lastUse = new HashMap<>();
    private long handedOut;

    QuestionPool(List<String> questions, long seed) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(questions));
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("no questions to ask");
        }
        Collections.shuffle(distinct, new Random(seed));
        this.rotation = List.copyOf(distinct);
    }

    int distinct() {
        return rotation.size();
    }

    synchronized Draw next() {
        String text = rotation.get((int) (handedOut % rotation.size()));
        return use(text);
    }

    /** Records that {@code text} is being asked (for questions not drawn from the rotation). */
    synchronized Draw use(String text) {
        Long previous = lastUse.put(text, handedOut);
        long gap = previous == null ? -1 : handedOut - previous - 1;
        handedOut++;
        return new Draw(text, gap);
    }

    /** Tallies the draws of one measurement. Thread-safe. */
    static final class Tally {
        private int asked;
        private int repeated;
        private Long nearest;

        synchronized void add(Draw draw) {
            asked++;
            if (draw.gap() >= 0) {
                repeated++;
                nearest = nearest == null ? draw.gap() : Math.min(nearest, draw.gap());
            }
        }

        synchronized Reuse reuse() {
            return new Reuse(asked, repeated, nearest);
        }
    }
}
