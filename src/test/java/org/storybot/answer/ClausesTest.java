package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences shortened to the clause that carries the fact, by deleting the story's words only. */
class ClausesTest {

    @Test
    void should_drop_a_trailing_attribution() {
        assertThat(Clauses.shorter("The suspect was arrested near the border on Tuesday, police said."))
                .containsExactly("The suspect was arrested near the border on Tuesday.");
        assertThat(Clauses.shorter("Three people died in the fire, according to the city's fire department."))
                .containsExactly("Three people died in the fire.");
    }

    @Test
    void should_drop_a_leading_according_to_but_keep_an_attribution_the_claim_hangs_on() {
        assertThat(Clauses.shorter("According to the report, the company lost $2 billion last year."))
                .containsExactly("The company lost $2 billion last year.");
        assertThat(Clauses.shorter("Officials said on Monday that the bridge would reopen in March.")).isEmpty();
        assertThat(Clauses.shorter("Trump is said to believe that it was this recusal that resulted in the special counsel "
                + "being appointed.")).isEmpty(); // "To believe that ..." is no sentence
    }

    @Test
    void should_drop_asides_then_what_follows_the_main_clause() {
        assertThat(Clauses.shorter("Sessions, who was an early supporter of Trump, offered to resign in May, after the president "
                + "berated him over his recusal."))
                .containsExactly("Sessions offered to resign in May, after the president berated him over his recusal.",
                        "Sessions offered to resign in May.");
        assertThat(Clauses.shorter("The senator (a Democrat from Ohio) voted against the bill on Friday."))
                .containsExactly("The senator voted against the bill on Friday.");
    }

    @Test
    void should_leave_alone_what_it_cannot_shorten_without_losing_the_fact() {
        assertThat(Clauses.shorter("The storm killed 12 people.")).isEmpty();
        assertThat(Clauses.shorter("He said no.")).isEmpty();
    }
}
