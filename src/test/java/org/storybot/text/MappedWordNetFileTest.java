package org.storybot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WordNet read through the files mapped into memory gives what extJWNL's own in-memory reader of
 * the data jar gives: the same entries, senses, glosses, base forms and order, across the whole
 * alphabet of every index, at its first and last entries, and for words it does not hold.
 */
class MappedWordNetFileTest {

    @TempDir
    static Path dir;

    private static Dictionary mapped;
    private static Dictionary jar;
    private static final List<String> words = new ArrayList<>();

    @BeforeAll
    static void open() throws Exception {
        mapped = WordNetFiles.open(dir.resolve("wordnet"), 1).get(0);
        assertThat(dir.resolve("wordnet/index.noun")).as("read from the copied files, not the jar").isRegularFile();
        jar = Dictionary.getDefaultResourceInstance();
        for (String index : List.of("index.noun", "index.verb", "index.adj", "index.adv")) {
            List<String> lines = Files.readAllLines(dir.resolve("wordnet").resolve(index), StandardCharsets.ISO_8859_1)
                    .stream().filter(l -> !l.startsWith(" ")).toList();
            for (int i = 0; i < lines.size(); i += 211) {
                words.add(lemma(lines.get(i)));
            }
            words.add(lemma(lines.get(0)));
            words.add(lemma(lines.get(lines.size() - 1)));
        }
        words.addAll(List.of("died", "geese", "running", "better", "stepped down", "New York", "qqqzx", "a", "zzzzzzzzz", "'"));
        assertThat(words).hasSizeGreaterThan(700);
    }

    @Test
    void should_find_the_same_entries_and_senses_as_the_jar() throws JWNLException {
        int found = 0;
        for (String word : words) {
            for (POS pos : POS.getAllPOS()) {
                IndexWord a = mapped.lookupIndexWord(pos, word);
                IndexWord b = jar.lookupIndexWord(pos, word);
                assertThat(describe(a)).as(pos + " " + word).isEqualTo(describe(b));
                found += a == null ? 0 : 1;
            }
        }
        assertThat(found).as("most sampled lemmas are found").isGreaterThan(words.size() / 2);
    }

    @Test
    void should_give_the_same_base_forms_as_the_jar() throws JWNLException {
        for (String word : words) {
            for (POS pos : POS.getAllPOS()) {
                assertThat(mapped.getMorphologicalProcessor().lookupAllBaseForms(pos, word)).as(pos + " " + word)
                        .isEqualTo(jar.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
            }
        }
        assertThat(mapped.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, "died")).contains("die");
    }

    @Test
    void should_walk_an_index_from_its_first_line_in_the_same_order() throws JWNLException {
        for (POS pos : POS.getAllPOS()) {
            Iterator<IndexWord> a = mapped.getIndexWordIterator(pos);
            Iterator<IndexWord> b = jar.getIndexWordIterator(pos);
            for (int i = 0; i < 300 && b.hasNext(); i++) {
                assertThat(a.hasNext()).isTrue();
                assertThat(a.next().getLemma()).as(pos + " entry " + i).isEqualTo(b.next().getLemma());
            }
        }
    }

    private static String lemma(String line) {
        return line.substring(0, line.indexOf(' ')).replace('_', ' ');
    }

    private static String describe(IndexWord word) {
        if (word == null) {
            return "none";
        }
        StringBuilder out = new StringBuilder(word.getLemma());
        for (Synset s : word.getSenses()) {
            out.append(" | ").append(s.getOffset()).append(' ').append(s.getGloss()).append(' ').append(s.getWords().size())
                    .append(' ').append(s.getPointers().size()).append(' ').append(s.getWords().get(0).getUseCount());
        }
        return out.toString();
    }
}
