package org.storybot.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storybot.answer.Tagger;
import org.storybot.story.Paragraph;
import org.storybot.story.Story;

/**
 * The people of one story: its name mentions ({@link NameReader}) merged into people by their last
 * name ("Sessions" is the "Jeff Sessions" named before, or after when none was; "Steve Lind" the
 * "Steven Lind" named in the same story), then the references
 * back by role ("the attorney general", "The President" after "President Trump"; "the journalists"
 * after "Peter Baker and Maggie Haberman") counted as mentions of the person they follow.
 */
final class StoryPeople {

    /** How many paragraphs back a description ("the journalists") looks for the people it refers to. */
    private static final int PARAGRAPHS_BACK = 2;
    /** The most words of a role read back ("the attorney general"). */
    private static final int MAX_ROLE_WORDS = 3;
    /** The fewest letters of a given name read as a longer one cut short ("Dan" of "Daniel"). */
    private static final int MIN_SHORT_GIVEN_NAME = 3;

    private final Tagger tagger;
    private final NameReader reader;

    StoryPeople(Tagger tagger, NameReader reader) {
        this.tagger = tagger;
        this.reader = reader;
    }

    /** One person of a story while being read: the mentions merged, in story order. */
    static final class Found {
        final List<Mention> mentions = new ArrayList<>();

        String name() {
            Mention fullest = mentions.get(0);
            for (Mention m : mentions) {
                boolean fuller = m.words().size() > fullest.words().size()
                        || m.words().size() == fullest.words().size() && m.name().length() > fullest.name().length(); // "Steven", not "Steve"
                if (fuller && m.kind() != Mention.RoleKind.DESCRIPTION) {
                    fullest = m;
                }
            }
            return fullest.name();
        }

        boolean isPerson() {
            return mentions.stream().anyMatch(m -> m.evidence() != Mention.Evidence.NONE);
        }

        Mention last() {
            return mentions.get(mentions.size() - 1);
        }
    }

    List<Found> read(Story story) {
        List<Mention> all = new ArrayList<>();
        int group = 0;
        for (Paragraph p : story.paragraphs()) {
            List<Mention> read = reader.read(p, group);
            all.addAll(read);
            group = read.isEmpty() ? group : read.get(read.size() - 1).group() + 1;
        }
        List<Found> people = merge(all);
        people.removeIf(f -> !f.isPerson());
        referencesBack(story, people);
        return people;
    }

    /** Full names first, then each short name joined to the full one it is the last name of. */
    private List<Found> merge(List<Mention> all) {
        Map<String, Found> byName = new LinkedHashMap<>();
        for (Mention m : all) {
            if (m.words().size() > 1) {
                byName.computeIfAbsent(m.name().toLowerCase(Locale.ROOT), k -> new Found()).mentions.add(m);
            }
        }
        byName.values().removeIf(f -> titledSurname(f, byName) || shortGivenName(f, byName));
        List<Found> full = new ArrayList<>(byName.values());
        Map<String, Found> alone = new LinkedHashMap<>();
        for (Mention m : all) {
            if (m.words().size() > 1) {
                continue;
            }
            Found owner = ownerOf(full, m);
            (owner != null ? owner : alone.computeIfAbsent(m.name().toLowerCase(Locale.ROOT), k -> new Found())).mentions.add(m);
        }
        List<Found> people = new ArrayList<>(full);
        people.addAll(alone.values());
        for (Found f : people) {
            f.mentions.sort(StoryPeople::inOrder);
        }
        people.sort((a, b) -> inOrder(a.mentions.get(0), b.mentions.get(0)));
        return people;
    }

    /**
     * "Justice Ortiz" in a story that names "Samuel Ortiz": a word that names a person in one of
     * its senses but is no title in its commonest ("justice"), before the last name of exactly one
     * person named in full, is that person's title. Moves the mentions there and says whether it did.
     */
    private boolean titledSurname(Found f, Map<String, Found> byName) {
        Mention first = f.mentions.get(0);
        String title = first.words().get(0);
        if (first.words().size() != 2 || !reader.kinds().personWord(title)) {
            return false;
        }
        List<Found> owners = byName.values().stream().filter(o -> o != f && o.mentions.get(0).words().size() > 1
                && surname(o.mentions.get(0).last()).equalsIgnoreCase(first.last())).toList();
        if (owners.size() != 1) {
            return false;
        }
        for (Mention m : f.mentions) {
            owners.get(0).mentions.add(new Mention(List.of(m.last()), title, Mention.RoleKind.TITLE, Mention.Evidence.STRONG,
                    m.paragraph(), m.sentence(), m.position(), m.group()));
        }
        return true;
    }

    /**
     * "Steve Lind" in a story that also names "Steven Lind": a given name that begins the given name
     * of exactly one other person named in full with the same family name is that person's, cut
     * short, unless one paragraph names both ("Dana Lind and her brother Dan Lind"). Moves the
     * mentions there and says whether it did. At least three letters: "Al" and "Alan" are not taken
     * for one.
     */
    private static boolean shortGivenName(Found f, Map<String, Found> byName) {
        Mention first = f.mentions.get(0);
        String given = first.words().get(0);
        if (first.words().size() != 2 || given.length() < MIN_SHORT_GIVEN_NAME || !given.chars().allMatch(Character::isLetter)) {
            return false;
        }
        List<Found> owners = byName.values().stream().filter(o -> o != f && longerGivenName(o.mentions.get(0), first)).toList();
        Set<Integer> paragraphs = f.mentions.stream().map(Mention::paragraph).collect(Collectors.toSet());
        if (owners.size() != 1 || owners.get(0).mentions.stream().anyMatch(o -> paragraphs.contains(o.paragraph()))) {
            return false;
        }
        owners.get(0).mentions.addAll(f.mentions);
        return true;
    }

    /** Whether {@code full} is two words, with {@code cut}'s family name and a longer given name that begins with {@code cut}'s. */
    private static boolean longerGivenName(Mention full, Mention cut) {
        String given = cut.words().get(0);
        String longer = full.words().get(0);
        return full.words().size() == 2 && full.last().equalsIgnoreCase(cut.last()) && longer.length() > given.length()
                && longer.regionMatches(true, 0, given, 0, given.length());
    }

    /** The full name a one-word mention stands for: the last one named before it, else the first named after. */
    private static Found ownerOf(List<Found> full, Mention m) {
        Found before = null;
        Mention beforeAt = null;
        Found after = null;
        for (Found f : full) {
            for (Mention named : f.mentions) {
                if (!surname(named.last()).equalsIgnoreCase(m.last()) && !named.words().get(0).equalsIgnoreCase(m.last())) {
                    continue;
                }
                if (inOrder(named, m) < 0) {
                    if (beforeAt == null || inOrder(named, beforeAt) > 0) {
                        before = f;
                        beforeAt = named;
                    }
                } else if (after == null) {
                    after = f;
                }
            }
        }
        return before != null ? before : after;
    }

    /** "the attorney general", "The President", "the journalists": a mention of the person the role last named. */
    private void referencesBack(Story story, List<Found> people) {
        for (Paragraph p : story.paragraphs()) {
            List<Tagger.Token> t = tagger.tag(p.text());
            for (int i = 0; i + 1 < t.size(); i++) {
                if (!t.get(i).text().equalsIgnoreCase("the")) {
                    continue;
                }
                int position = t.get(i + 1).start();
                Probe here = new Probe(p.number(), position);
                Found meant = null;
                for (int k = Math.min(MAX_ROLE_WORDS, t.size() - i - 1); k >= 1 && meant == null; k--) {
                    meant = byRole(people, words(t, i + 1, i + 1 + k), here);
                }
                if (meant != null) {
                    meant.mentions.add(new Mention(List.of(meant.last().words().get(0)), null, Mention.RoleKind.DESCRIPTION,
                            Mention.Evidence.NONE, p.number(), sentenceAt(p, position), position, -1));
                    continue;
                }
                Tagger.Token noun = t.get(i + 1);
                if (reader.kinds().personNoun(noun) && noun.text().endsWith("s") && Character.isLowerCase(noun.text().codePointAt(0))) {
                    describeGroup(people, reader.kinds().singular(noun.text()), p, position);
                }
            }
            for (Found f : people) {
                f.mentions.sort(StoryPeople::inOrder);
            }
        }
    }

    private record Probe(int paragraph, int position) {
    }

    /** The person last mentioned before {@code here} whose title, as the story writes it, is {@code role}. */
    private static Found byRole(List<Found> people, String role, Probe here) {
        Found best = null;
        Mention bestAt = null;
        for (Found f : people) {
            boolean titled = f.mentions.stream().anyMatch(m -> m.kind() == Mention.RoleKind.TITLE && m.role().equalsIgnoreCase(role));
            if (!titled) {
                continue;
            }
            for (Mention m : f.mentions) {
                if (before(m, here) && (bestAt == null || inOrder(m, bestAt) > 0)) {
                    best = f;
                    bestAt = m;
                }
            }
        }
        return best;
    }

    /** "The journalists also claimed": the people of the last "and" group before it describe themselves so. */
    private void describeGroup(List<Found> people, String noun, Paragraph p, int position) {
        Probe here = new Probe(p.number(), position);
        List<Found> members = List.of();
        Mention latest = null;
        for (Found f : people) {
            for (Mention m : f.mentions) {
                if (m.group() < 0 || !before(m, here) || here.paragraph() - m.paragraph() > PARAGRAPHS_BACK
                        || latest != null && inOrder(m, latest) <= 0) {
                    continue;
                }
                List<Found> group = people.stream().filter(o -> o.mentions.stream().anyMatch(x -> x.group() == m.group())).toList();
                if (group.size() >= 2) {
                    latest = m;
                    members = group;
                }
            }
        }
        if (members.isEmpty()) {
            return;
        }
        for (Found f : members) {
            f.mentions.add(new Mention(List.of(f.last().words().get(0)), noun, Mention.RoleKind.DESCRIPTION,
                    Mention.Evidence.NONE, p.number(), sentenceAt(p, position), position, -1));
        }
    }

    /** A family name without its particle: "Abadi" of "al-Abadi". */
    private static String surname(String word) {
        return word.replaceFirst("^\\p{Ll}{1,3}-(?=\\p{Lu})", "");
    }

    private static boolean before(Mention m, Probe here) {
        return m.paragraph() < here.paragraph() || m.paragraph() == here.paragraph() && m.position() < here.position();
    }

    static int inOrder(Mention a, Mention b) {
        return a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph()) : Integer.compare(a.position(), b.position());
    }

    private static String words(List<Tagger.Token> t, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            s.append(k > from ? " " : "").append(t.get(k).text().replaceAll("['’][sS]$", ""));
        }
        return s.toString();
    }

    private static int sentenceAt(Paragraph p, int position) {
        return p.sentences().stream().filter(s -> position < s.end()).findFirst()
                .map(s -> s.index()).orElse(p.sentences().isEmpty() ? 1 : p.sentences().size());
    }
}
