package org.storybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storybot.answer.Citation;
import org.storybot.answer.ShortAnswer;
import org.storybot.chat.Reply;

/** How an answer reads on a terminal: short, its sources not repeating what it already quotes. */
class PlainTextTest {

    private static final String PARAGRAPH = "Insiders who were briefed have said that Sessions had offered to resign. "
            + "The President allegedly turned down the Attorney General’s offer.";
    private static final String TITLE = "Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks";

    @Test
    void should_list_each_source_without_repeating_a_quote_the_answer_shows() {
        Citation turnedDown = new Citation(1, "seed", TITLE, 1, "The President allegedly turned down the Attorney General’s offer.",
                PARAGRAPH);
        Reply reply = new Reply.Answered("Who turned down the resignation?",
                "The President [1]\n“" + turnedDown.quote() + "” [1]", new ShortAnswer("The President", ShortAnswer.Kind.PERSON),
                List.of(turnedDown), null, 1, 1);

        assertThat(PlainText.reply(reply)).isEqualTo("The President [1]\n“The President allegedly turned down the Attorney "
                + "General’s offer.” [1]\n\nSources:\n[1] " + TITLE + ", paragraph 1");
    }

    @Test
    void should_quote_the_nearest_passages_of_an_abstention() {
        Citation nearest = new Citation(1, "seed", TITLE, 1, "The President allegedly turned down the Attorney General’s offer.",
                PARAGRAPH);
        Reply reply = new Reply.Abstained("Why?", "The stories do not say why.", List.of(nearest), null, 1, 1);

        assertThat(PlainText.reply(reply)).endsWith("[1] " + TITLE + ", paragraph 1: “The President allegedly turned down the "
                + "Attorney General’s offer.”");
    }
}
