package org.storybot.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storybot.answer.Citation;
import org.storybot.answer.PersonNames;
import org.storybot.answer.Tagger;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.retrieval.Retrieval;
import org.storybot.store.StoredParagraph;
import org.storybot.story.Story;
import org.storybot.text.Lexicon;
import org.storybot.text.PlainWords;

/**
 * Is a quotation in the stories? The paragraphs retrieval finds for it are read word for word (as
 * {@link PlainWords} reads them, so case, punctuation and curly quotes do not matter, and "..."
 * may stand for words left out): the words in one of them are {@link QuoteVerdict.Exact}; else the
 * passage nearest by a token-level edit distance is {@link QuoteVerdict.Close} when a few words
 * differ; else {@link QuoteVerdict.NotFound}, with the passages nearest in meaning. Thread-safe.
 */
public final class QuoteCheck {

    /** An ellipsis, standing for words left out: "…", "...", ". . .". */
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\s*\\.\\s*\\.");

    private final Library library;
    private final HybridRetriever retriever;
    private final Attribution attribution;
    private final QuoteTuning tuning;

    public QuoteCheck(Library library, HybridRetriever retriever, Tagger tagger, Lexicon lexicon) {
        this(library, retriever, tagger, lexicon, QuoteTuning.DEFAULT);
    }

    public QuoteCheck(Library library, HybridRetriever retriever, Tagger tagger, Lexicon lexicon, QuoteTuning tuning) {
        this.library = library;
        this.retriever = retriever;
        this.attribution = new Attribution(tagger, new PersonNames(lexicon));
        this.tuning = tuning;
    }

    /** A place the quotation's words were found: a paragraph and the characters [start, end) they span. */
    private record Found(StoredParagraph paragraph, int start, int end, String speaker) {
    }

    /** @param speaker whom the person asking says spoke the words; null or blank for nobody */
    public QuoteVerdict check(String text, String speaker) {
        String asked = speaker == null || speaker.isBlank() ? null : speaker.strip();
        List<List<String>> parts = new ArrayList<>();
        for (String part : ELLIPSIS.split(text)) {
            List<String> words = PlainWords.of(part);
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        if (parts.isEmpty()) {
            return new QuoteVerdict.NotFound(asked, List.of());
        }
        Retrieval retrieval = retriever.retrieve(text, null, tuning.candidates());
        Found exact = exact(parts, retrieval, asked);
        if (exact != null) {
            StoredParagraph p = exact.paragraph();
            return new QuoteVerdict.Exact(p.text().substring(exact.start(), exact.end()), exact.speaker(), asked,
                    citation(p, exact.start(), exact.end()));
        }
        List<String> words = parts.stream().flatMap(List::stream).toList();
        if (words.size() >= tuning.minWords()) {
            Optional<QuoteVerdict> close = close(text, words, retrieval, asked);
            if (close.isPresent()) {
                return close.get();
            }
        }
        List<Citation> nearest = new ArrayList<>();
        for (Evidence e : retrieval.paragraphs().subList(0, Math.min(tuning.nearest(), retrieval.paragraphs().size()))) {
            nearest.add(new Citation(nearest.size() + 1, e.storyId(), e.paragraph().storyTitle(), e.number(),
                    e.bestSentence().text(), e.paragraph().text()));
        }
        return new QuoteVerdict.NotFound(asked, nearest);
    }

    /** The best place holding every part in order: by the speaker asked about, then by having a speaker, then by rank. */
    private Found exact(List<List<String>> parts, Retrieval retrieval, String asked) {
        Found best = null;
        for (Evidence e : retrieval.paragraphs()) {
            List<PlainWords.Word> words = PlainWords.located(e.paragraph().text());
            int[] span = span(parts, words);
            if (span == null) {
                continue;
            }
            Found found = new Found(e.paragraph(), span[0], span[1], speaker(e.paragraph(), span[0]));
            if (asked != null && found.speaker() != null && PersonNames.same(asked, found.speaker())) {
                return found;
            }
            if (best == null || best.speaker() == null && found.speaker() != null) {
                best = found;
            }
        }
        return best;
    }

    /** The characters from the first part's first word to the last part's last word, each part after the one before; null when absent. */
    private static int[] span(List<List<String>> parts, List<PlainWords.Word> words) {
        for (int start = 0; start < words.size(); start++) {
            int at = start;
            int end = -1;
            boolean whole = true;
            for (int p = 0; p < parts.size() && whole; p++) {
                int found = p == 0 ? (matchesAt(parts.get(p), words, at) ? at : -1) : indexOf(parts.get(p), words, at);
                whole = found >= 0;
                if (whole) {
                    at = found + parts.get(p).size();
                    end = at;
                }
            }
            if (whole) {
                return new int[] {words.get(start).start(), words.get(end - 1).end()};
            }
        }
        return null;
    }

    private static int indexOf(List<String> part, List<PlainWords.Word> words, int from) {
        for (int i = from; i + part.size() <= words.size(); i++) {
            if (matchesAt(part, words, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<String> part, List<PlainWords.Word> words, int at) {
        if (at + part.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < part.size(); i++) {
            if (!part.get(i).equals(words.get(at + i).text())) {
                return false;
            }
        }
        return true;
    }

    /** The passage nearest the quotation's words, when few enough of them differ. */
    private Optional<QuoteVerdict> close(String text, List<String> quote, Retrieval retrieval, String asked) {
        StoredParagraph bestParagraph = null;
        Alignment.Match best = null;
        List<PlainWords.Word> bestWords = null;
        for (Evidence e : retrieval.paragraphs()) {
            List<PlainWords.Word> words = PlainWords.located(e.paragraph().text());
            Alignment.Match match = Alignment.best(quote, words.stream().map(PlainWords.Word::text).toList());
            if (match.to() > match.from() && (best == null || match.edits() < best.edits())) {
                best = match;
                bestParagraph = e.paragraph();
                bestWords = words;
            }
        }
        if (best == null || best.edits() < 1 || best.edits() > tuning.maxEdits()
                || best.edits() > tuning.maxEditShare() * quote.size()) {
            return Optional.empty();
        }
        List<PlainWords.Word> yours = PlainWords.located(text);
        List<QuoteVerdict.Difference> differences = Differences.of(best, bestParagraph.text(), bestWords, text, yours);
        int start = bestWords.get(best.from()).start();
        int end = bestWords.get(best.to() - 1).end();
        return Optional.of(new QuoteVerdict.Close(bestParagraph.text().substring(start, end), speaker(bestParagraph, start),
                asked, differences, citation(bestParagraph, start, end)));
    }

    private String speaker(StoredParagraph p, int position) {
        Optional<Story> story = library.story(p.storyId());
        if (story.isEmpty() || story.get().paragraphs().size() < p.number()) {
            return null;
        }
        String name = attribution.speaker(story.get(), p.number(), position);
        return name == null ? null : attribution.fullName(story.get(), name);
    }

    private static Citation citation(StoredParagraph p, int start, int end) {
        return new Citation(1, p.storyId(), p.storyTitle(), p.number(), p.text().substring(start, end), p.text());
    }
}
