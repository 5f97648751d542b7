package org.storybot.discord;

/** Short quotes for a sources block: at most a given length, cut between words, marked with "…". */
final class Quotes {

    /** How long a quote in a sources block may be, in characters. */
    static final int MAX_QUOTE = 200;

    private Quotes() {
    }

    /** {@code text} whole if it fits in {@code max} characters, else its first words and "…". */
    static String clip(String text, int max) {
        String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        int room = max - 1; // for the ellipsis
        int cut = s.lastIndexOf(' ', room);
        if (cut < room / 2) {
            cut = room; // one very long word: cut inside it rather than lose most of the quote
            if (Character.isLowSurrogate(s.charAt(cut))) {
                cut--;
            }
        }
        String head = s.substring(0, cut).stripTrailing().replaceAll("[\\s,;:–—-]+$", "");
        return head + "…";
    }
}
