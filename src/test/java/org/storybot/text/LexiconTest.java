package org.storybot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storybot.support.Models;
import org.storybot.text.Lexicon.Kind;
import org.storybot.text.Lexicon.Pos;

/** What storybot reads from WordNet 3.1, checked on words from the news it answers about. */
class LexiconTest {

    private final Lexicon lexicon = Models.lexicon();

    @ParameterizedTest
    @CsvSource({"killed, VERB, kill", "died, VERB, die", "publications, NOUN, publication", "took, VERB, take",
        "younger, ADJECTIVE, young"})
    void should_give_base_forms(String word, Pos pos, String base) {
        assertThat(lexicon.baseForms(word, pos)).contains(base);
    }

    @Test
    void should_relate_a_verb_to_its_synonyms_derivations_and_what_it_causes() {
        assertThat(lexicon.related("kill", Pos.VERB)).contains("killing", "killer", "die", "death");
        assertThat(lexicon.related("execute", Pos.VERB)).contains("put to death", "execution");
        assertThat(lexicon.related("quit", Pos.VERB)).contains("resign", "step down");
        assertThat(lexicon.consequences("kill")).contains("die", "death");
    }

    @Test
    void should_give_a_words_forms_in_one_order_the_word_itself_first() {
        // an order drawn at each start of the JVM made answers differ between two runs
        assertThat(List.copyOf(lexicon.related("kill", Pos.VERB))).startsWith("kill");
        assertThat(List.copyOf(lexicon.related("arrest", Pos.VERB))).startsWith("arrest");
        assertThat(List.copyOf(lexicon.baseForms("axes", Pos.NOUN))).containsExactly("ax", "axis", "axe");
    }

    @Test
    void should_keep_vague_and_auxiliary_verbs_out_of_related_forms() {
        // "cause" has the sense "make"; "own" the sense "have": neither may stand for it in a sentence
        assertThat(lexicon.related("cause", Pos.VERB)).doesNotContain("make", "do");
        assertThat(lexicon.related("own", Pos.VERB)).doesNotContain("have");
    }

    @Test
    void should_know_opposites() {
        assertThat(lexicon.antonyms("accept", Pos.VERB)).contains("reject");
        assertThat(lexicon.antonyms("old", Pos.ADJECTIVE)).contains("young");
    }

    @ParameterizedTest
    @CsvSource({"doctor, PERSON", "manager, PERSON", "student, PERSON", "company, GROUP", "team, GROUP",
        "Kansas City, PLACE", "date, TIME", "year, TIME"})
    void should_tell_what_kind_of_thing_a_noun_names(String noun, Kind kind) {
        assertThat(lexicon.kinds(noun)).contains(kind);
    }

    @Test
    void should_take_kinds_from_the_commonest_sense_only() {
        // "Cancer" is also a star sign and a person born under it
        assertThat(lexicon.kinds("cancer")).doesNotContain(Kind.PERSON);
    }

    @Test
    void should_tell_a_plain_word_for_a_person_from_a_name_that_is_spelt_like_a_word() {
        // a title or a description names a person in its plain sense; "James" and "Warren" are names first
        assertThat(lexicon.plainKinds("judge")).contains(Kind.PERSON);
        assertThat(lexicon.plainKinds("Democrats")).contains(Kind.PERSON);
        assertThat(lexicon.plainKinds("department")).contains(Kind.GROUP);
        assertThat(lexicon.plainKinds("warren")).doesNotContain(Kind.PERSON); // rabbits' tunnels, not Earl Warren
        assertThat(lexicon.plainKinds("James")).isEmpty();
        assertThat(lexicon.plainKinds("Kansas")).isEmpty(); // the state first; a people only with a capital
        assertThat(lexicon.kinds("warren")).contains(Kind.PERSON); // by its commonest sense, a name
    }

    @Test
    void should_tell_kinds_of_a_thing_and_compounds_from_their_heads() {
        assertThat(lexicon.isA("typhus", "illness")).isTrue();
        assertThat(lexicon.isA("foreign minister", "minister")).isTrue();
        assertThat(lexicon.isA("vice president", "president")).isFalse();
        assertThat(lexicon.isA("Belarus", "country")).isTrue();
    }

    @Test
    void should_tell_plain_words_from_names() {
        assertThat(lexicon.isPlain("fresh")).isTrue();
        assertThat(lexicon.isPlain("ceo")).isTrue();
        assertThat(lexicon.isPlain("murray")).isFalse();
        assertThat(lexicon.isPlain("belarus")).isFalse();
        assertThat(lexicon.knows("new york times", Pos.NOUN)).as("a phrase must be WordNet's own").isFalse();
        assertThat(lexicon.knows("death penalty", Pos.NOUN)).isTrue();
    }

    @Test
    void should_answer_questions_asked_together_as_it_answers_them_one_by_one(@TempDir Path home) throws Exception {
        List<String> words = List.of("killed", "resigned", "president", "senator", "court", "ruling", "election", "signed",
                "attorney", "minister", "banned", "accepted", "rejected", "travel", "investigation", "testified");
        Lexicon alone = new Lexicon(home.resolve("alone"));
        Map<String, String> oneByOne = new HashMap<>();
        for (String w : words) {
            oneByOne.put(w, describe(alone, w));
        }
        Lexicon shared = new Lexicon(home.resolve("shared")); // fresh caches: every look-up goes to WordNet
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map.Entry<String, String>>> together = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String w : words) {
                    together.add(pool.submit(() -> Map.entry(w, describe(shared, w))));
                }
            }
            for (Future<Map.Entry<String, String>> f : together) {
                Map.Entry<String, String> e = f.get(60, TimeUnit.SECONDS);
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(oneByOne.get(e.getKey()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(oneByOne.get("killed")).contains("kill");
    }

    private static String describe(Lexicon lexicon, String word) {
        Set<String> verbs = lexicon.baseForms(word, Pos.VERB);
        String base = verbs.isEmpty() ? word : verbs.iterator().next();
        return new TreeSet<>(verbs) + " " + new TreeSet<>(lexicon.related(base, Pos.VERB)) + " "
                + new TreeSet<>(lexicon.antonyms(base, Pos.VERB)) + " " + new TreeSet<>(lexicon.kinds(word)) + " "
                + lexicon.knows(word, Pos.NOUN);
    }
}
