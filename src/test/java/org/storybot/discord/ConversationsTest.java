package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a follow-up belongs when someone replies to one of the bot's answers. */
class ConversationsTest {

    private final Conversations conversations = new Conversations();

    @Test
    void should_continue_the_conversation_the_answer_was_posted_in() {
        conversations.posted(501, Conversations.ofChannel(42));

        assertThat(conversations.ofReplyTo(501, null, 400)).isEqualTo("channel-42");
    }

    @Test
    void should_take_the_conversation_from_the_answers_button_after_a_restart() {
        String customId = new AnswerButton.ShowSources(7, Conversations.ofThread(99)).customId();
        AnswerButton.ShowSources parsed = (AnswerButton.ShowSources) AnswerButton.parse(customId).orElseThrow();

        assertThat(customId).hasSizeLessThanOrEqualTo(100);
        assertThat(conversations.ofReplyTo(501, parsed.conversation(), 400)).isEqualTo("thread-99");
    }

    @Test
    void should_remember_the_newest_answers_when_a_busy_server_fills_its_memory() {
        for (long message = 1; message <= 30_000; message++) {
            conversations.posted(message, Conversations.ofChannel(message));
        }

        assertThat(conversations.ofReplyTo(30_000, null, 0)).isEqualTo("channel-30000");
        assertThat(conversations.ofReplyTo(10_001, null, 0)).isEqualTo("channel-10001");
        assertThat(conversations.ofReplyTo(1, null, 0)).as("the oldest is forgotten").isEqualTo("reply-1");
    }

    @Test
    void should_name_an_unknown_chain_after_the_message_the_answer_replied_to() {
        assertThat(conversations.ofReplyTo(501, null, 400)).isEqualTo("reply-400");
        assertThat(conversations.ofReplyTo(502, null, 0)).isEqualTo("reply-502");
    }

    @Test
    void should_read_back_every_button_it_writes_and_nothing_else() {
        for (AnswerButton button : new AnswerButton[] {new AnswerButton.ShowSources(3, null),
            new AnswerButton.ShowSources(910_000_000_000_000_011L, "channel-910000000000000011"),
            new AnswerButton.Vote(3, 1), new AnswerButton.Vote(3, -1)}) {
            assertThat(AnswerButton.parse(button.customId())).contains(button);
        }
        assertThat(AnswerButton.parse("another-bot:vote:up:3")).isEmpty();
        assertThat(AnswerButton.parse("storybot:vote:sideways:3")).isEmpty();
    }

    @Test
    void should_leave_mentions_out_of_the_question() {
        assertThat(QuestionText.of("<@123> @everyone <@&456> who turned it down, <@!789>? @here"))
                .isEqualTo("who turned it down, ?");
    }
}
