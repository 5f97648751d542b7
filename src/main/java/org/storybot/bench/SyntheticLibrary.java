package org.storybot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.storybot.retrieval.Library;
import org.storybot.store.StoryVectors;
import org.storybot.store.Vectors;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.story.Text;

/**
 * Fills a library up to a number of paragraphs with stories re-mixed from real sentences: each
 * story is as long as a real story picked at random, each paragraph holds as many sentences as a
 * real paragraph picked at random, and each sentence is a real sentence picked at random from any
 * article. Nothing is embedded: a sentence carries its real embedding with a little Gaussian noise,
 * a paragraph the normalised mean of its sentences' vectors with the same noise. Stories are saved
 * one by one through {@link Library#save}, as ingest saves them, and the index compacted at the
 * end, as after an ingest run.
 */
final class SyntheticLibrary {

    /** Standard deviation of the noise added to each dimension of a unit vector (384 dimensions: cosine ~0.98 to the original). */
    static final double NOISE = 0.01;

    /** What was added. */
    record Added(int stories, int paragraphs, int sentences) {
    }

    private final List<SentencePool.Pooled> sentences;
    private final List<Integer> storyLengths;
    private final List<Integer> paragraphLengths;
    private final List<String> titles;
    private final Random random;

    SyntheticLibrary(SentencePool pool, long seed) {
        if (pool.size() == 0) {
            throw new IllegalArgumentException("no real sentences to mix synthetic stories from");
        }
        this.sentences = pool.sentences();
        this.storyLengths = pool.paragraphsPerStory();
        this.paragraphLengths = pool.sentencesPerParagraph();
        this.titles = pool.titles();
        this.random = new Random(seed);
    }

    Added fill(Library library, int paragraphs, Consumer<String> progress) {
        int stories = 0;
        int added = 0;
        int sentenceCount = 0;
        int reported = 0;
        while (added < paragraphs) {
            int length = Math.min(pick(storyLengths), paragraphs - added);
            stories++;
            Built built = story(stories, Math.max(1, length));
            library.save(built.story(), built.vectors());
            added += built.story().paragraphs().size();
            sentenceCount += built.story().sentenceCount();
            if (added * 10L / paragraphs > reported) {
                reported = (int) (added * 10L / paragraphs);
                progress.accept(String.format(Locale.ROOT, "%,d of %,d synthetic paragraphs saved", added, paragraphs));
            }
        }
        library.compact(); // as ingest does after a run
        return new Added(stories, added, sentenceCount);
    }

    private record Built(Story story, StoryVectors vectors) {
    }

    private Built story(int serial, int paragraphCount) {
        String id = String.format(Locale.ROOT, "synthetic-%06d", serial);
        String title = pick(titles) + " (synthetic " + serial + ")";
        List<Paragraph> paragraphs = new ArrayList<>();
        List<float[]> paragraphVectors = new ArrayList<>();
        List<List<float[]>> sentenceVectors = new ArrayList<>();
        StringBuilder all = new StringBuilder(id).append('\n').append(title);
        for (int number = 1; number <= paragraphCount; number++) {
            int count = Math.max(1, pick(paragraphLengths));
            StringBuilder text = new StringBuilder();
            List<Sentence> spans = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            float[] sum = null;
            for (int s = 1; s <= count; s++) {
                SentencePool.Pooled real = sentences.get(random.nextInt(sentences.size()));
                if (text.length() > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(real.text());
                spans.add(new Sentence(s, start, text.length(), real.text()));
                float[] v = perturbed(real.vector());
                vectors.add(v);
                sum = add(sum, v);
            }
            paragraphs.add(new Paragraph(number, null, text.toString(), spans));
            paragraphVectors.add(perturbed(sum));
            sentenceVectors.add(vectors);
            all.append('\n').append(text);
        }
        Story story = new Story(id, title, null, null, "synthetic", null, paragraphs, Text.sha256(all.toString()));
        return new Built(story, new StoryVectors(paragraphVectors, sentenceVectors));
    }

    private float[] perturbed(float[] vector) {
        float[] unit = Vectors.normalized(vector);
        for (int i = 0; i < unit.length; i++) {
            unit[i] += (float) (random.nextGaussian() * NOISE);
        }
        return Vectors.normalized(unit);
    }

    private static float[] add(float[] sum, float[] v) {
        float[] out = sum == null ? new float[v.length] : sum;
        for (int i = 0; i < v.length; i++) {
            out[i] += v[i];
        }
        return out;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
