package org.storybot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inwards: adapters depend on the core, never the reverse. */
@AnalyzeClasses(packages = "org.storybot", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Main classes only, whatever the build folder is called (-Dstorybot.build.dir). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule only_the_discord_adapter_knows_javacord = noClasses()
            .that().resideOutsideOfPackage("org.storybot.discord..")
            .should().dependOnClassesThat().resideInAPackage("org.javacord..");

    @ArchTest
    static final ArchRule only_the_command_line_knows_picocli = noClasses()
            .that().resideOutsideOfPackage("org.storybot.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule the_core_knows_no_adapter = noClasses()
            .that().resideInAnyPackage("org.storybot.chat..", "org.storybot.answer..", "org.storybot.retrieval..",
                    "org.storybot.store..", "org.storybot.story..", "org.storybot.ingest..", "org.storybot.embedding..",
                    "org.storybot.config..", "org.storybot.web..", "org.storybot.feed..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.cli..", "org.storybot.discord..",
                    "org.storybot.console..");

    @ArchTest
    static final ArchRule stories_stand_alone = noClasses()
            .that().resideInAPackage("org.storybot.story..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.store..", "org.storybot.retrieval..",
                    "org.storybot.answer..", "org.storybot.chat..", "org.storybot.ingest..");

    @ArchTest
    static final ArchRule the_web_reader_fetches_and_reads_pages_only = noClasses()
            .that().resideInAPackage("org.storybot.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.store..", "org.storybot.retrieval..",
                    "org.storybot.answer..", "org.storybot.chat..", "org.storybot.ingest..", "org.storybot.embedding..",
                    "org.storybot.eval..", "org.storybot.bench..");

    @ArchTest
    static final ArchRule only_the_web_reader_knows_html_parsers = noClasses()
            .that().resideOutsideOfPackage("org.storybot.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "net.dankito..");

    @ArchTest
    static final ArchRule only_the_web_reader_knows_the_feed_parser = noClasses()
            .that().resideOutsideOfPackage("org.storybot.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.rometools..", "org.jdom2..");

    /** Feeds bring stories in through the link ingestor: they sit above ingest, store and web, and nothing below uses them. */
    @ArchTest
    static final ArchRule feeds_are_above_ingest = noClasses()
            .that().resideInAnyPackage("org.storybot.web..", "org.storybot.ingest..", "org.storybot.store..",
                    "org.storybot.retrieval..", "org.storybot.answer..", "org.storybot.chat..", "org.storybot.story..",
                    "org.storybot.text..", "org.storybot.embedding..", "org.storybot.config..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.feed..");

    @ArchTest
    static final ArchRule feeds_know_no_index_and_no_answers = noClasses()
            .that().resideInAPackage("org.storybot.feed..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.storybot.retrieval..",
                    "org.storybot.embedding..", "org.storybot.answer..", "org.storybot.chat..");

    @ArchTest
    static final ArchRule pages_are_fetched_for_ingest_only = noClasses()
            .that().resideInAnyPackage("org.storybot.store..", "org.storybot.retrieval..", "org.storybot.answer..",
                    "org.storybot.chat..", "org.storybot.story..", "org.storybot.text..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.web..");

    @ArchTest
    static final ArchRule storage_knows_nothing_of_answers = noClasses()
            .that().resideInAnyPackage("org.storybot.store..", "org.storybot.retrieval..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.answer..", "org.storybot.chat..");

    @ArchTest
    static final ArchRule the_store_knows_no_index = noClasses()
            .that().resideInAPackage("org.storybot.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.storybot.retrieval..",
                    "org.storybot.embedding..");

    @ArchTest
    static final ArchRule answers_are_composed_without_an_index = noClasses()
            .that().resideInAnyPackage("org.storybot.answer..", "org.storybot.chat..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene.index..", "org.apache.lucene.search..",
                    "org.apache.lucene.store..", "org.apache.lucene.codecs..", "org.apache.lucene.document..");

    @ArchTest
    static final ArchRule retrieval_composes_nothing = noClasses()
            .that().resideInAPackage("org.storybot.retrieval..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.ingest..", "org.storybot.eval..",
                    "org.storybot.bench..");

    @ArchTest
    static final ArchRule only_the_command_line_runs_the_bench = noClasses()
            .that().resideOutsideOfPackages("org.storybot.bench..", "org.storybot.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.bench..");

    @ArchTest
    static final ArchRule text_rules_stand_alone = noClasses()
            .that().resideInAPackage("org.storybot.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.story..", "org.storybot.store..",
                    "org.storybot.retrieval..", "org.storybot.answer..", "org.storybot.chat..");

    /** The quote check reads the library through retrieval and answers' parts; nothing below it knows it. */
    @ArchTest
    static final ArchRule quotes_are_checked_above_answers = noClasses()
            .that().resideInAnyPackage("org.storybot.answer..", "org.storybot.retrieval..", "org.storybot.store..",
                    "org.storybot.story..", "org.storybot.text..", "org.storybot.ingest..", "org.storybot.web..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.quote..");

    /** Who's who reads the library through retrieval and answers' parts, as the quote check does; nothing below it knows it. */
    @ArchTest
    static final ArchRule people_are_read_above_answers = noClasses()
            .that().resideInAnyPackage("org.storybot.answer..", "org.storybot.retrieval..", "org.storybot.store..",
                    "org.storybot.story..", "org.storybot.text..", "org.storybot.ingest..", "org.storybot.web..",
                    "org.storybot.quote..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.people..");
    /** Timelines read the library through retrieval and answers' date phrases; nothing below them knows them. */
    @ArchTest
    static final ArchRule timelines_are_drawn_above_answers = noClasses()
            .that().resideInAnyPackage("org.storybot.answer..", "org.storybot.retrieval..", "org.storybot.store..",
                    "org.storybot.story..", "org.storybot.text..", "org.storybot.ingest..", "org.storybot.web..",
                    "org.storybot.quote..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.timeline..");

    /** Coverage across outlets reads the library through retrieval, who's who and answers' citation check; nothing below it knows it. */
    @ArchTest
    static final ArchRule outlets_are_compared_above_answers = noClasses()
            .that().resideInAnyPackage("org.storybot.answer..", "org.storybot.retrieval..", "org.storybot.store..",
                    "org.storybot.story..", "org.storybot.text..", "org.storybot.ingest..", "org.storybot.web..",
                    "org.storybot.quote..", "org.storybot.people..", "org.storybot.timeline..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.compare..");

    @ArchTest
    static final ArchRule one_composition_root = noClasses()
            .that().resideOutsideOfPackages("org.storybot.app..", "org.storybot.cli..", "org.storybot.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.storybot.app..");

    /** How a storybot process is started stands alone: it runs before anything else loads. */
    @ArchTest
    static final ArchRule launching_knows_nothing_of_the_bot = noClasses()
            .that().resideInAPackage("org.storybot.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("org.storybot.app..", "org.storybot.cli..",
                    "org.storybot.chat..", "org.storybot.answer..", "org.storybot.retrieval..", "org.storybot.store..",
                    "org.storybot.bench..", "org.storybot.config..");
}
