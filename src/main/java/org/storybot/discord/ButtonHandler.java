package org.storybot.discord;

import java.util.Optional;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.listener.interaction.ButtonClickListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Assistant;

/**
 * Clicks on storybot's buttons. Under an answer, "Show sources" shows the cited paragraphs in full and
 * 👍 / 👎 are stored with the answer, both replying to the one who clicked only. Under a page of a long
 * reply, Previous / Next show another page in the same message, for everyone. A click is a quick read
 * or write, so it is answered at once.
 */
final class ButtonHandler implements ButtonClickListener {

    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    private final Assistant assistant;
    private final ReplyFormatter format;
    private final SeenIds seen;
    private final PageBook pages;

    /** @param seen the interactions already taken: a click delivered again is ignored */
    ButtonHandler(Assistant assistant, ReplyFormatter format, SeenIds seen, PageBook pages) {
        this.assistant = assistant;
        this.format = format;
        this.seen = seen;
        this.pages = pages;
    }

    @Override
    public void onButtonClick(ButtonClickEvent event) {
        ButtonInteraction click = event.getButtonInteraction();
        Optional<PageButton> turn = PageButton.parse(click.getCustomId());
        if (turn.isPresent()) {
            if (seen.first(click.getId())) {
                turnPage(click, turn.get());
            }
            return;
        }
        Optional<AnswerButton> button = AnswerButton.parse(click.getCustomId());
        if (button.isEmpty() || !seen.first(click.getId())) {
            return; // not one of storybot's buttons, or a click delivered again
        }
        Post post;
        try {
            post = answer(button.get(), click.getUser().getIdAsString());
        } catch (RuntimeException e) {
            log.error("a button click failed", e);
            post = Post.of(ReplyFormatter.FAILED);
        }
        Outbox.respondNow(click, post, true).exceptionally(e -> {
            log.warn("could not answer a button click: {}", e.toString());
            return null;
        });
    }

    private void turnPage(ButtonInteraction click, PageButton turn) {
        Optional<Post> page = pages.page(turn.book(), turn.page());
        (page.isPresent() ? Outbox.turnPage(click, page.get()) : Outbox.respondNow(click, Post.of(PageBook.EXPIRED), true))
                .exceptionally(e -> {
                    log.warn("could not turn a page: {}", e.toString());
                    return null;
                });
    }

    private Post answer(AnswerButton button, String userId) {
        if (button instanceof AnswerButton.Vote vote) {
            boolean stored = assistant.feedback(vote.answerId(), userId, vote.vote());
            return Post.of(stored ? format.voted(vote.vote()) : format.noSuchAnswer());
        }
        return format.sources(assistant.sources(button.answerId()), "That answer cites no passages.");
    }
}
