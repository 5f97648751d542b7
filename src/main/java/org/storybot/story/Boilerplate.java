package org.storybot.story;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that web scrapers leave in article text and that are not part of the story: ad markers,
 * newsletter prompts, share bars, "Read more" links, photo-credit toggles, update stamps.
 * Patterns match a whole block, case-insensitively, and only short blocks are considered, so a
 * real paragraph that merely mentions these words is never dropped.
 */
final class Boilerplate {

    private static final int MAX_LENGTH = 220;

    private static final List<Pattern> PATTERNS = List.of(
            "advertisement",
            "ad(vertisement)? ?- ?(story|article) continues below",
            "story continued below",
            "continue reading( the main story)?.*",
            "read more:?",
            ".{0,180}\\bread more",
            "(read|see) (also|more):? .*",
            "related( coverage| stories| articles| content)?: .{0,150}",
            "enlarge this image.*",
            ".{0,60}toggle caption.*",
            "sign up for .{0,120}(newsletter|email|alerts).*",
            "get the .{0,80}delivered to your inbox.*",
            "(copyright )?(©|\\(c\\)) ?\\d{4}.*",
            ".*click here for reprint permission.*",
            "(just watched|must watch) .*",
            "(share|follow us) on (facebook|twitter|instagram).*",
            "facebook twitter (pinterest|email|whatsapp).*",
            "(skip|jump) to (content|main content|navigation).*",
            "click here to .*",
            "subscribe( now)?( to .{0,80})?",
            "image (copyright|caption) .*",
            "media playback is (unsupported|not supported) on your device",
            "(this|the) (story|article|report|post) (is being|has been|was|will be) updated.*",
            "(this story is breaking|breaking news).{0,80}",
            "[-—–]* ?updated:? (at )?\\d.*",
            "(last )?updated:? \\w+ \\d{1,2},? \\d{4}.*",
            "(photo|image|video|file photo) ?(credit)?: .{0,120}",
            "(ap|reuters|afp|getty images)( photo)?")
            .stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL))
            .toList();

    private Boilerplate() {
    }

    static boolean isBoilerplate(String block) {
        String text = block.strip();
        if (text.isEmpty()) {
            return true;
        }
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
