package org.storybot.web;

import org.jsoup.Jsoup;

/** The visible text of a piece of HTML, its tags, scripts and styles left out. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }
}
