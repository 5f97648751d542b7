package org.storybot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The figures of an evaluation as a reader gets them: overall and for each half of the contexts
 * (even positions in the file are the half methods are chosen on, odd ones are held out), then
 * per kind of question where the set has kinds.
 */
public final class QaReport {

    private QaReport() {
    }

    public static List<String> lines(List<QaOutcome> outcomes) {
        QaFigures all = QaFigures.of(outcomes);
        QaFigures even = QaFigures.of(outcomes.stream().filter(o -> o.contextPosition() % 2 == 0).toList());
        QaFigures odd = QaFigures.of(outcomes.stream().filter(o -> o.contextPosition() % 2 == 1).toList());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Questions: %d answerable, %d unanswerable", all.answerable(), all.unanswerable()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-58s %7s %7s %7s", "measure", "all", "even", "odd"));
        row(lines, "answer accuracy (answers given that hold a gold answer)", all, even, odd, QaFigures::answerAccuracy);
        row(lines, "answer accuracy over all answerable (abstaining = wrong)", all, even, odd, QaFigures::answerAccuracyOverAll);
        row(lines, "citation accuracy (a citation holds the gold evidence)", all, even, odd, QaFigures::citationAccuracy);
        row(lines, "false abstention on answerable questions", all, even, odd, QaFigures::falseAbstention);
        row(lines, "abstained on unanswerable questions", all, even, odd, QaFigures::unanswerableAbstained);
        row(lines, "stated-phrase precision (a stated phrase holds the answer)", all, even, odd, QaFigures::phrasePrecision);
        row(lines, "answers stating a short phrase", all, even, odd, QaFigures::statedPhrases);
        row(lines, "median answer words, sources included", all, even, odd, QaFigures::medianWords);
        row(lines, "latency p50 (ms)", all, even, odd, QaFigures::p50LatencyMs);
        row(lines, "latency p95 (ms)", all, even, odd, QaFigures::p95LatencyMs);
        intervals(lines, outcomes, even, odd);
        Map<String, List<QaOutcome>> byKind = new LinkedHashMap<>();
        outcomes.stream().filter(o -> !o.kind().isEmpty()).forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        if (!byKind.isEmpty()) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, "%-10s %4s %4s %8s %8s %8s %8s %8s %6s", "kind", "ans", "unan", "accuracy",
                    "citation", "falseAbs", "unansAbs", "phrase", "words"));
            for (Map.Entry<String, List<QaOutcome>> kind : byKind.entrySet()) {
                QaFigures f = QaFigures.of(kind.getValue());
                lines.add(String.format(Locale.ROOT, "%-10s %4d %4d %8s %8s %8s %8s %8s %6s", kind.getKey(), f.answerable(),
                        f.unanswerable(), fmt(f.answerAccuracy()), fmt(f.citationAccuracy()), fmt(f.falseAbstention()),
                        fmt(f.unanswerableAbstained()), fmt(f.phrasePrecision()), fmt(f.medianWords())));
            }
        }
        return lines;
    }

    /**
     * The rates of each half with a 95% interval from drawing that half's contexts (articles) again:
     * what another dozen articles like these could give.
     */
    private static void intervals(List<String> lines, List<QaOutcome> outcomes, QaFigures evenFigures, QaFigures oddFigures) {
        Map<Integer, List<QaOutcome>> even = new TreeMap<>();
        Map<Integer, List<QaOutcome>> odd = new TreeMap<>();
        outcomes.forEach(o -> (o.contextPosition() % 2 == 0 ? even : odd).computeIfAbsent(o.contextPosition(),
                c -> new ArrayList<>()).add(o));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "95%% intervals, the contexts of each half drawn again (%,d draws)", Bootstrap.RESAMPLES));
        lines.add(String.format(Locale.ROOT, "%-58s %-23s %-23s", "measure", "even (" + even.size() + " contexts)",
                "odd (" + odd.size() + " contexts)"));
        List<String> labels = List.of("answer accuracy", "citation accuracy", "false abstention",
                "abstained on unanswerable questions", "stated-phrase precision");
        List<ToDoubleFunction<QaFigures>> measures = List.of(QaFigures::answerAccuracy, QaFigures::citationAccuracy,
                QaFigures::falseAbstention, QaFigures::unanswerableAbstained, QaFigures::phrasePrecision);
        List<String> evenCells = withIntervals(even, evenFigures, measures);
        List<String> oddCells = withIntervals(odd, oddFigures, measures);
        for (int i = 0; i < labels.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%-58s %-23s %-23s", labels.get(i), evenCells.get(i), oddCells.get(i)));
        }
    }

    private static List<String> withIntervals(Map<Integer, List<QaOutcome>> half, QaFigures whole,
            List<ToDoubleFunction<QaFigures>> measures) {
        List<Bootstrap.Interval> intervals = Bootstrap.ofClusters(List.copyOf(half.values()), QaFigures::of, measures);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            double value = measures.get(i).applyAsDouble(whole);
            Bootstrap.Interval in = intervals.get(i);
            cells.add(Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", value, in.low(), in.high()));
        }
        return cells;
    }

    /** One question's outcome as a JSON object, for a details file. */
    public static ObjectNode json(ObjectMapper json, QaOutcome o) {
        ObjectNode node = json.createObjectNode()
                .put("context", o.contextPosition())
                .put("id", o.questionId())
                .put("kind", o.kind())
                .put("question", o.question())
                .put("unanswerable", o.unanswerable())
                .put("status", o.status())
                .put("correct", o.correct())
                .put("cited_gold", o.citedGold())
                .put("short_answer", o.shortAnswer() == null ? null : o.shortAnswer().text())
                .put("short_kind", o.shortAnswer() == null ? null : o.shortAnswer().kind().label())
                .put("phrase_correct", o.phraseCorrect())
                .put("words", o.words())
                .put("latency_ms", Math.round(o.latencyMs() * 10) / 10.0);
        node.put("answer", o.answer());
        return node;
    }

    private static void row(List<String> lines, String label, QaFigures all, QaFigures even, QaFigures odd,
            ToDoubleFunction<QaFigures> measure) {
        lines.add(String.format(Locale.ROOT, "%-58s %7s %7s %7s", label, fmt(measure.applyAsDouble(all)),
                fmt(measure.applyAsDouble(even)), fmt(measure.applyAsDouble(odd))));
    }

    private static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
