package org.storybot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.storybot.story.RawArticle;

/**
 * The article's text blocks in reading order: each paragraph, list item, quotation and table row a
 * block, each heading a heading block. Figures and their captions, images, media, forms, buttons,
 * navigation and asides are left out, as is anything whose class names it a caption or a credit.
 */
final class ArticleBlocks {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LEFT_OUT = Set.of("script", "style", "noscript", "template", "figure", "figcaption",
            "picture", "img", "svg", "video", "audio", "iframe", "object", "embed", "canvas", "button", "form", "input",
            "select", "textarea", "label", "nav", "aside", "footer", "menu", "dialog");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "blockquote",
            "ul", "ol", "li", "dl", "dt", "dd", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "hr",
            "address", "center", "details", "summary");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?:^|[\\s_-])(?:caption|credit)s?(?:$|[\\s_-])");

    private final List<RawArticle.Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private ArticleBlocks() {
    }

    static List<RawArticle.Block> of(Element content) {
        ArticleBlocks reader = new ArticleBlocks();
        reader.read(content);
        reader.flush();
        return List.copyOf(reader.blocks);
    }

    private void read(Node node) {
        if (node instanceof TextNode text) {
            line.append(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (LEFT_OUT.contains(tag) || CAPTION_CLASS.matcher(element.className().toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        if (HEADINGS.contains(tag)) {
            flush();
            String heading = element.text().strip();
            if (!heading.isEmpty()) {
                blocks.add(new RawArticle.Block(heading, true));
            }
            return;
        }
        if (tag.equals("br")) {
            if (endsWithBreak()) {
                flush(); // two line breaks in a row part paragraphs
            } else {
                line.append('\n');
            }
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
        }
        if (CELLS.contains(tag)) {
            line.append(' ');
        }
        element.childNodes().forEach(this::read);
        if (CELLS.contains(tag)) {
            line.append(' ');
        }
        if (block) {
            flush();
        }
    }

    private boolean endsWithBreak() {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private void flush() {
        String text = line.toString().replace('\n', ' ').strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(RawArticle.Block.text(text));
        }
    }
}
