package org.storybot.store;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.RelevanceScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** The EmbeddingStore contract, on the real H2 file, and through LangChain4j's own ingestor and retriever. */
class H2EmbeddingStoreTest {

    @TempDir
    Path dir;

    private Library library;
    private H2EmbeddingStore store;
    private final Random random = new Random(42);

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("data"), TestLibrary.JSON);
        store = library.embeddingStore();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Embedding randomEmbedding() {
        float[] v = new float[8];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Embedding.from(v);
    }

    private EmbeddingSearchRequest query(Embedding e, int max) {
        return EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(max).build();
    }

    @Test
    void should_add_an_embedding_and_find_it_with_perfect_score() {
        Embedding e = randomEmbedding();
        String id = store.add(e);

        List<EmbeddingMatch<TextSegment>> matches = store.search(query(e, 10)).matches();
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).embeddingId()).isEqualTo(id);
        assertThat(matches.get(0).score()).isCloseTo(1.0, within(1e-5));
        assertThat(matches.get(0).embedding().vector()).containsExactly(e.vector());
        assertThat(matches.get(0).embedded()).isNull();
    }

    @Test
    void should_add_with_id_and_segment_keeping_metadata_types() {
        Metadata metadata = new Metadata().put("s", "text").put("i", 7).put("l", 7L).put("f", 1.5f).put("d", 2.5)
                .put("u", UUID.fromString("11111111-2222-3333-4444-555555555555"));
        Embedding e = randomEmbedding();
        store.add("my-id", e);
        String id = store.add(e, TextSegment.from("hello", metadata));

        EmbeddingMatch<TextSegment> match = store.search(query(e, 10)).matches().stream()
                .filter(m -> m.embeddingId().equals(id)).findFirst().orElseThrow();
        assertThat(match.embedded().text()).isEqualTo("hello");
        assertThat(match.embedded().metadata()).isEqualTo(metadata);
        assertThat(store.search(query(e, 10)).matches()).extracting(EmbeddingMatch::embeddingId).contains("my-id");
    }

    @Test
    void should_add_all_in_each_form() {
        List<Embedding> plain = List.of(randomEmbedding(), randomEmbedding());
        List<String> ids = store.addAll(plain);
        List<String> ids2 = store.addAll(List.of(randomEmbedding()), List.of(TextSegment.from("two")));
        store.addAll(List.of("a", "b"), List.of(randomEmbedding(), randomEmbedding()),
                List.of(TextSegment.from("A"), TextSegment.from("B")));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(ids2).hasSize(1);
        assertThat(store.search(query(randomEmbedding(), 100)).matches()).hasSize(5)
                .extracting(EmbeddingMatch::embeddingId).contains("a", "b", ids.get(0), ids.get(1), ids2.get(0));
    }

    @Test
    void should_replace_an_id_added_twice() {
        Embedding first = randomEmbedding();
        Embedding second = randomEmbedding();
        store.addAll(List.of("same"), List.of(first), List.of(TextSegment.from("first")));
        store.addAll(List.of("same"), List.of(second), List.of(TextSegment.from("second")));

        List<EmbeddingMatch<TextSegment>> matches = store.search(query(second, 10)).matches();
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).embedded().text()).isEqualTo("second");
    }

    @Test
    void should_order_by_score_and_respect_max_results_and_min_score() {
        Embedding q = randomEmbedding();
        for (int i = 0; i < 20; i++) {
            store.add(randomEmbedding());
        }
        List<EmbeddingMatch<TextSegment>> all = store.search(query(q, 20)).matches();
        assertThat(all).hasSize(20);
        assertThat(all).extracting(EmbeddingMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (EmbeddingMatch<TextSegment> m : all) {
            double expected = RelevanceScore.fromCosineSimilarity(CosineSimilarity.between(q, m.embedding()));
            assertThat(m.score()).isCloseTo(expected, within(1e-5));
        }
        assertThat(store.search(query(q, 3)).matches()).hasSize(3);
        double min = all.get(5).score();
        List<EmbeddingMatch<TextSegment>> above = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(q).maxResults(20).minScore(min).build()).matches();
        assertThat(above).hasSize(6).allMatch(m -> m.score() >= min);
    }

    @Test
    void should_find_the_exact_best_rows_in_a_store_large_enough_to_be_scanned_on_every_core() {
        int rows = 30_000; // above the size from which the index is scanned in parts, in parallel
        int dimension = 64;
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            float[] v = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                v[d] = (float) random.nextGaussian();
            }
            ids.add("row-" + i);
            embeddings.add(Embedding.from(v));
            segments.add(TextSegment.from("row " + i, Metadata.from("half", i < rows / 2 ? "first" : "second")));
        }
        store.addAll(ids, embeddings, segments);

        for (int trial = 0; trial < 5; trial++) {
            Embedding q = embeddings.get(random.nextInt(rows));
            List<String> exact = IntStream.range(0, rows).boxed()
                    .sorted((a, b) -> Double.compare(CosineSimilarity.between(q, embeddings.get(b)),
                            CosineSimilarity.between(q, embeddings.get(a))))
                    .limit(5).map(ids::get).toList();
            assertThat(ids(store.search(query(q, 5)).matches())).containsExactlyElementsOf(exact);
        }
        // a filter and a removal hold in every part
        Embedding last = embeddings.get(rows - 1);
        assertThat(ids(store.search(filtered(last, metadataKey("half").isEqualTo("first"))).matches()))
                .isNotEmpty().allMatch(id -> Integer.parseInt(id.substring(4)) < rows / 2);
        store.remove("row-" + (rows - 1));
        assertThat(ids(store.search(query(last, 5)).matches())).hasSize(5).doesNotContain("row-" + (rows - 1));
    }

    @Test
    void should_filter_by_metadata() {
        Embedding q = randomEmbedding();
        store.addAll(List.of("x", "y", "z"), List.of(randomEmbedding(), randomEmbedding(), randomEmbedding()), List.of(
                TextSegment.from("x", new Metadata().put("kind", "news").put("year", 2017)),
                TextSegment.from("y", new Metadata().put("kind", "news").put("year", 2020)),
                TextSegment.from("z", new Metadata().put("kind", "blog").put("year", 2017))));

        assertThat(ids(store.search(filtered(q, metadataKey("kind").isEqualTo("news"))).matches())).containsOnly("x", "y");
        assertThat(ids(store.search(filtered(q, metadataKey("year").isGreaterThan(2018))).matches())).containsOnly("y");
        assertThat(ids(store.search(filtered(q, metadataKey("kind").isEqualTo("news")
                .and(metadataKey("year").isLessThan(2018)))).matches())).containsOnly("x");
        assertThat(ids(store.search(filtered(q, metadataKey("kind").isIn("blog", "none"))).matches())).containsOnly("z");
    }

    @Test
    void should_remove_by_id_ids_filter_and_all() {
        store.addAll(List.of("1", "2", "3", "4"), List.of(randomEmbedding(), randomEmbedding(), randomEmbedding(),
                randomEmbedding()), List.of(TextSegment.from("1", Metadata.from("k", "a")),
                TextSegment.from("2", Metadata.from("k", "a")), TextSegment.from("3", Metadata.from("k", "b")),
                TextSegment.from("4", Metadata.from("k", "c"))));

        store.remove("1");
        assertThat(allIds()).containsOnly("2", "3", "4");
        store.removeAll(metadataKey("k").isEqualTo("a"));
        assertThat(allIds()).containsOnly("3", "4");
        store.removeAll(List.of("3"));
        assertThat(allIds()).containsOnly("4");
        store.removeAll();
        assertThat(allIds()).isEmpty();

        assertThatThrownBy(() -> store.remove(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.removeAll(List.<String>of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.removeAll((dev.langchain4j.store.embedding.filter.Filter) null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_persist_rows_and_serve_them_after_reopening() {
        Embedding e = randomEmbedding();
        store.addAll(List.of("kept"), List.of(e), List.of(TextSegment.from("kept text", Metadata.from("k", "v"))));
        store.add(randomEmbedding());
        store.remove(store.add(randomEmbedding()));
        library.close();

        library = Library.open(dir.resolve("data"), TestLibrary.JSON);
        store = library.embeddingStore();
        assertThat(store.size()).isEqualTo(2);
        EmbeddingMatch<TextSegment> top = store.search(query(e, 1)).matches().get(0);
        assertThat(top.embeddingId()).isEqualTo("kept");
        assertThat(top.embedded()).isEqualTo(TextSegment.from("kept text", Metadata.from("k", "v")));
        assertThat(Files.exists(dir.resolve("data/storybot.mv.db"))).isTrue();
    }

    @Test
    void should_work_with_langchain4j_ingestor_and_content_retriever() throws Exception {
        String text = Files.readString(SharedData.seedStory());
        EmbeddingStoreIngestor.builder()
                .embeddingModel(Models.embedder().model())
                .embeddingStore(store)
                .documentSplitter(DocumentSplitters.recursive(400, 0))
                .build()
                .ingest(Document.from(text, Metadata.from("file", "seed")));
        assertThat(store.size()).isGreaterThan(5);

        EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(Models.embedder().model())
                .maxResults(3)
                .build();
        List<Content> found = retriever.retrieve(Query.from("Who was put in charge of the task force on the opioid crisis?"));
        assertThat(found).hasSize(3);
        assertThat(found).anySatisfy(c -> assertThat(c.textSegment().text()).contains("Chris Christie"));
        assertThat(found).allSatisfy(c -> assertThat(c.textSegment().metadata().getString("file")).isEqualTo("seed"));
    }

    private EmbeddingSearchRequest filtered(Embedding q, dev.langchain4j.store.embedding.filter.Filter filter) {
        return EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(10).filter(filter).build();
    }

    private List<String> allIds() {
        return ids(store.search(query(randomEmbedding(), 100)).matches());
    }

    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).toList();
    }
}
