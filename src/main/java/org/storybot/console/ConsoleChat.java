package org.storybot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.UUID;
import org.storybot.answer.SummaryLength;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.chat.SummaryReply;

/**
 * A conversation on the terminal with the commands a Discord member has: a plain line asks,
 * /summary [length] [story], /topic, /quote, /people, /timeline, /compare, /sources, /stories, /help, /quit. One
 * session is one conversation.
 */
public final class ConsoleChat {

    static final String HELP = """
            Ask anything about the stories in plain words; follow-up questions work too.
              /summary [short|medium|long] [story-id]   summarise a story
              /topic [short|medium|long] TOPIC          one summary of every story about TOPIC
              /quote TEXT [speaker:NAME]                 is this quotation in the stories, and who said it?
              /people [story-id or topic]                who's who: the people the stories name, with their roles
              /timeline [story-id or topic]              the dated events the stories state, in order
              /compare [story-id or topic]               how several outlets covered the same events
              /sources                                   the full paragraphs behind the last answer
              /stories                                   the stories in the library
              /help                                      this help
              /quit                                      leave""";

    private final Assistant assistant;
    private final String conversationId = "console-" + UUID.randomUUID();

    public ConsoleChat(Assistant assistant) {
        this.assistant = assistant;
    }

    public void run(BufferedReader in, PrintWriter out) throws IOException {
        out.println("storybot: ask about the stories (" + assistant.stories().size() + " in the library). /help lists commands.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                break;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("/")) {
                if (!command(text, out)) {
                    break;
                }
            } else {
                Reply reply = assistant.ask(new Question(text, conversationId, null, "console", null));
                out.println(PlainText.reply(reply));
            }
            out.println();
        }
        out.flush();
    }

    /** "/quote TEXT [speaker:NAME]": the check of TEXT, by NAME when named. */
    private String quote(String rest) {
        int named = rest.toLowerCase(Locale.ROOT).lastIndexOf("speaker:");
        String text = named < 0 ? rest : rest.substring(0, named).strip();
        String speaker = named < 0 ? null : rest.substring(named + "speaker:".length()).strip();
        return text.isEmpty() ? "Give the quotation: /quote TEXT [speaker:NAME]" : QuoteText.of(assistant.quotes().check(text, speaker));
    }

    /** Runs a slash command; false when the user leaves. */
    private boolean command(String text, PrintWriter out) {
        String[] parts = text.split("\\s+");
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "/quit", "/exit" -> {
                return false;
            }
            case "/help" -> out.println(HELP);
            case "/stories" -> out.println(PlainText.stories(assistant.stories()));
            case "/sources" -> out.println(PlainText.sources(assistant.lastSources(conversationId), true));
            case "/summary" -> {
                SummaryLength length = SummaryLength.MEDIUM;
                String story = null;
                for (int i = 1; i < parts.length; i++) {
                    SummaryLength parsed = SummaryLength.parse(parts[i]);
                    if (parsed != null) {
                        length = parsed;
                    } else {
                        story = parts[i];
                    }
                }
                SummaryReply reply = assistant.summarize(story, length, conversationId);
                out.println(reply instanceof SummaryReply.Summarized s ? PlainText.summary(s.summary())
                        : ((SummaryReply.Refused) reply).message());
            }
            case "/quote" -> out.println(quote(text.substring(parts[0].length()).strip()));
            case "/topic" -> {
                String[] words = text.substring(parts[0].length()).strip().split("\\s+", 2);
                SummaryLength length = SummaryLength.parse(words[0]);
                String topic = length == null ? String.join(" ", words) : words.length > 1 ? words[1] : "";
                SummaryReply reply = assistant.summarizeTopic(topic, length == null ? SummaryLength.MEDIUM : length);
                out.println(reply instanceof SummaryReply.Summarized s ? PlainText.summary(s.summary())
                        : ((SummaryReply.Refused) reply).message());
            }
            case "/people" -> out.println(PeopleText.of(assistant.people().of(text.substring(parts[0].length()).strip())));
            case "/timeline" -> out.println(TimelineText.of(assistant.timelines().of(text.substring(parts[0].length()).strip())));
            case "/compare" -> out.println(CompareText.of(assistant.coverage().of(text.substring(parts[0].length()).strip())));
            default -> out.println("Unknown command " + parts[0] + ". " + HELP);
        }
        return true;
    }
}
