package org.storybot.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storybot.answer.Citation;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;

/**
 * A person as listed, from the readings of each story: the fullest name, the role the stories give
 * most (a title before the name first, then an apposition, a description referring back, a "who"
 * clause), the mentions counted and a citation of each paragraph with one, quoting its sentence, in story order.
 */
final class Roles {

    private static final List<Mention.RoleKind> PREFERRED = List.of(Mention.RoleKind.TITLE, Mention.RoleKind.APPOSITION,
            Mention.RoleKind.DESCRIPTION, Mention.RoleKind.WHO);

    Person person(List<WhosWho.Found> readings) {
        String name = readings.get(0).found().name();
        int mentions = 0;
        List<Citation> citations = new ArrayList<>();
        Map<String, Integer> roleCounts = new LinkedHashMap<>();
        Mention.RoleKind bestKind = null;
        Set<String> cited = new HashSet<>();
        List<String> stories = readings.stream().map(r -> r.story().id()).distinct().toList();
        for (WhosWho.Found reading : readings) {
            String n = reading.found().name();
            if (n.split(" ").length > name.split(" ").length) {
                name = n;
            }
            int lastParagraph = -1;
            for (Mention m : reading.found().mentions) {
                mentions++;
                if (m.role() != null && m.kind() != Mention.RoleKind.NONE) {
                    if (bestKind == null || PREFERRED.indexOf(m.kind()) < PREFERRED.indexOf(bestKind)) {
                        bestKind = m.kind();
                        roleCounts.clear();
                    }
                    if (m.kind() == bestKind) {
                        roleCounts.merge(m.role(), 1, Integer::sum);
                    }
                }
                if (m.paragraph() != lastParagraph && cited.add(reading.story().id() + "#" + m.paragraph())) {
                    citations.add(citation(1, reading, m));
                }
                lastParagraph = m.paragraph();
            }
        }
        String role = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : roleCounts.entrySet()) {
            if (e.getValue() > most) {
                role = e.getKey();
                most = e.getValue();
            }
        }
        citations.sort(Comparator.comparingInt((Citation c) -> stories.indexOf(c.storyId())).thenComparingInt(Citation::paragraph));
        List<Citation> numbered = new ArrayList<>();
        for (Citation c : citations) {
            numbered.add(new Citation(numbered.size() + 1, c.storyId(), c.storyTitle(), c.paragraph(), c.quote(), c.paragraphText()));
        }
        return new Person(name, role, mentions, numbered);
    }

    private static Citation citation(int marker, WhosWho.Found reading, Mention m) {
        Paragraph p = reading.story().paragraph(m.paragraph());
        String quote = p.text();
        for (Sentence s : p.sentences()) {
            if (s.index() == m.sentence()) {
                quote = p.text().substring(s.start(), s.end());
            }
        }
        return new Citation(marker, reading.story().id(), reading.story().title(), p.number(), quote, p.text());
    }
}
