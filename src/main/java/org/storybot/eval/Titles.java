package org.storybot.eval;

import org.storybot.story.Text;

/**
 * Whether a story's title is the expected one: the same words (case, punctuation and spacing
 * aside), or the same once the outlet's name is taken off the end or the front ("Obama admits ... -
 * BBC News" is "Obama admits ..." on BBC News).
 */
final class Titles {

    private Titles() {
    }

    static boolean match(String title, String expected, String siteName) {
        String got = Text.key(title == null ? "" : title);
        String want = Text.key(expected == null ? "" : expected);
        if (got.isEmpty() || want.isEmpty()) {
            return false;
        }
        return got.equals(want) || withoutSite(got, siteName).equals(withoutSite(want, siteName));
    }

    private static String withoutSite(String key, String siteName) {
        String site = siteName == null ? "" : Text.key(siteName);
        if (site.isEmpty() || key.equals(site)) {
            return key;
        }
        if (key.endsWith(" " + site)) {
            return key.substring(0, key.length() - site.length() - 1);
        }
        return key.startsWith(site + " ") ? key.substring(site.length() + 1) : key;
    }
}
