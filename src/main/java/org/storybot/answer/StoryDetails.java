package org.storybot.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.storybot.store.StoryInfo;
import org.storybot.story.Authors;

/**
 * Questions about the story itself rather than what it says: who wrote it, when it was published,
 * which outlet ran it, where it is online, what language it is in. They are answered from the
 * story's details (what its source said about it), cited as such, and abstained on when the details
 * do not say. The whole question must point at the story ("this", "it", "this report", "the
 * article"), so "Who wrote the letter to Congress?" stays a question about the content.
 */
public final class StoryDetails {

    /** What is asked of the story's details. */
    public enum Asked { AUTHOR, DATE, OUTLET, LINK, LANGUAGE }

    /** The story itself: "this", "it", "this report", "the article" ("the report" may be one the story is about). */
    private static final String STORY = "(?:this(?: one)?|it|this (?:story|article|piece|report|post|item|column|op-ed|"
            + "editorial|feature|blog post|news(?: story| item)?)|the (?:story|article|piece|post|column|op-ed|editorial|"
            + "news (?:story|item)|blog post)|this story's|this article's)";
    private static final String OUTLET = "(?:outlet|publication|newspaper|paper|site|website|web ?site|magazine|network|"
            + "publisher|source|news (?:site|outlet|organi[sz]ation|agency|source|channel)|media outlet)";
    private static final String LEAD = "^(?:(?:so|ok|okay|hey|and|um|please)[, ]+)?(?:(?:can|could) you (?:please )?tell me |"
            + "do you know |i wonder )?";
    private static final String END = "(?:,? please)?[?.!\\s]*$";
    private static final List<Form> FORMS = List.of(
            new Form(Asked.AUTHOR, "who (?:wrote|authored|penned|reported|filed|is behind) " + STORY
                    + "|who(?: is| are| was| were|'s) (?:the )?(?:author|writer|reporter|journalist)s? (?:of|behind) " + STORY
                    + "|who(?: is| was|'s) " + STORY + " (?:by|written by|from)|by whom (?:is|was) " + STORY + " written"
                    + "|whose (?:story|article|piece|byline) is (?:this|it)|what(?: is|'s) the byline(?: (?:of|on) " + STORY + ")?"
                    + "|who (?:is|are|was|were) " + STORY + "(?:'s)? (?:author|writer|reporter)s?"),
            new Form(Asked.DATE, "when (?:was|is) " + STORY + " (?:first )?(?:published|posted|written|released|put out|"
                    + "printed|run|dated|out)|when did " + STORY + " (?:come out|run|appear|go (?:up|out|online)|get published)"
                    + "|what(?: is|'s) the (?:date|publication date|publishing date|dateline) (?:of|on) " + STORY
                    + "|(?:what|which) (?:day|date|year) (?:was|is) " + STORY + " (?:from|published|written|dated)"
                    + "|how old is " + STORY),
            new Form(Asked.OUTLET, "(?:which|what) " + OUTLET + " (?:ran|published|printed|carried|posted|put out|broke|"
                    + "reported) " + STORY + "|(?:which|what) " + OUTLET + " (?:is|was) " + STORY + " (?:from|in|on|by)"
                    + "|where (?:was|is) " + STORY + " (?:published|posted|printed|run|from)|where did " + STORY
                    + " (?:appear|run|come from)|who (?:published|ran|printed|carried|posted) " + STORY
                    + "|what(?: is|'s) the (?:source|outlet|publication|publisher) (?:of|for) " + STORY),
            new Form(Asked.LINK, "(?:what|where)(?: is|'s) the (?:link|url|web address)(?: (?:to|of|for) " + STORY + ")?"
                    + "|where can i (?:read|find|see) " + STORY + "(?: online)?"),
            new Form(Asked.LANGUAGE, "(?:what|which) language (?:is|was) " + STORY + " (?:written )?in"));

    private record Form(Asked asked, Pattern pattern) {
        Form(Asked asked, String regex) {
            this(asked, Pattern.compile(LEAD + "(?:" + regex + ")" + END));
        }
    }

    private StoryDetails() {
    }

    /** What {@code question} asks of the story's details, if it is such a question as a whole. */
    public static Optional<Asked> asked(String question) {
        String q = question.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        return FORMS.stream().filter(f -> f.pattern().matcher(q).matches()).map(Form::asked).findFirst();
    }

    /** The answer from {@code story}'s details, cited as them; or why they do not answer. */
    public static Composition answer(Asked asked, StoryInfo story) {
        String details = details(story);
        List<String> authors = Authors.split(story.authors());
        return switch (asked) {
            case AUTHOR -> authors.isEmpty() ? missing("name its author")
                    : grounded(story, details, "By: " + story.authors(), (authors.size() == 1 ? "The story's details name its author: "
                            : "The story's details name its authors: ") + and(authors), ShortAnswer.Kind.PERSON, and(authors));
            case DATE -> story.date() == null ? missing("give its publication date")
                    : grounded(story, details, "Published: " + story.date(), "The story's details give its publication date: "
                            + readableDate(story.date()), ShortAnswer.Kind.DATE, readableDate(story.date()));
            case OUTLET -> story.source() == null ? missing("name the outlet that published it")
                    : grounded(story, details, "Source: " + story.source(), "The story's details name its source: "
                            + story.source(), ShortAnswer.Kind.NAME, story.source());
            case LINK -> story.url() == null ? missing("give a link to it")
                    : grounded(story, details, "Link: " + story.url(), "The story's details give its link: " + story.url(),
                            ShortAnswer.Kind.NAME, story.url());
            case LANGUAGE -> story.language() == null ? missing("give its language")
                    : grounded(story, details, "Language: " + story.language(), "The story's details give its language: "
                            + languageName(story.language()), ShortAnswer.Kind.NAME, languageName(story.language()));
        };
    }

    /** The details as one text, one "Name: value" line each: what a details citation quotes from. */
    static String details(StoryInfo story) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add("Title: " + story.title());
        line(lines, "By", story.authors());
        line(lines, "Published", story.date());
        line(lines, "Source", story.source());
        line(lines, "Link", story.url());
        line(lines, "Language", story.language());
        return lines.toString();
    }

    private static void line(StringJoiner lines, String name, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(name + ": " + value);
        }
    }

    private static Composition grounded(StoryInfo story, String details, String quote, String text, ShortAnswer.Kind kind,
            String shortAnswer) {
        Citation citation = Citation.ofDetails(1, story.id(), story.title(), quote, details);
        return new Composition.Grounded(text + " [1].", new ShortAnswer(shortAnswer, kind), List.of(citation), null);
    }

    private static Composition missing(String what) {
        return new Composition.NotFound("The story's details do not " + what + ".", null);
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "2015-07-24" as "24 July 2015"; any other form as it is. */
    private static String readableDate(String date) {
        try {
            return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? tag : name + " (" + tag + ")";
    }
}
