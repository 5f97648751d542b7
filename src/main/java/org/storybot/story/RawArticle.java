package org.storybot.story;

import java.util.List;

/**
 * An article as read from a file, before cleaning: its metadata and its text blocks in order
 * (paragraphs, headings, boilerplate and repeated titles alike). {@code title} may be null when the
 * file has none and the first block should serve; {@code id} may be null when the reader had none.
 * {@code language} is a BCP 47 tag ("en-GB") when the source says, else null; {@code lean} the
 * outlet's political lean or bias rating when the metadata gives one, else null.
 */
public record RawArticle(
        String id,
        String title,
        String date,
        String authors,
        String source,
        String url,
        String language,
        String lean,
        List<Block> blocks,
        String origin) {

    public RawArticle {
        blocks = List.copyOf(blocks);
    }

    /** An article whose source names no language. */
    public RawArticle(String id, String title, String date, String authors, String source, String url,
            List<Block> blocks, String origin) {
        this(id, title, date, authors, source, url, null, null, blocks, origin);
    }

    /** An article whose source gives no lean. */
    public RawArticle(String id, String title, String date, String authors, String source, String url, String language,
            List<Block> blocks, String origin) {
        this(id, title, date, authors, source, url, language, null, blocks, origin);
    }

    /** One block of text; {@code heading} is true when the format marks it as one (Markdown). */
    public record Block(String text, boolean heading) {

        public static Block text(String text) {
            return new Block(text, false);
        }
    }
}
