package org.storybot.text;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one home of the words that report speech ("said", "told", "according"), lower case. Three
 * rules read them, each with the set its job needs:
 * <ul>
 *   <li>{@link #ATTRIBUTION}: the verbs that make a short sentence a mere attribution ("he said"), so
 *       the sentence splitter keeps it with its quotation and the composer cuts it off a clause;</li>
 *   <li>{@link #SPEAKING}: every verb that says a named person spoke, for the quote check and the
 *       who's-who reader (the attribution verbs and the rarer "testified", "quipped", ...);</li>
 *   <li>{@link #BEFORE_A_ROLE}: the few verbs a role may follow when the name came before them
 *       ("Sessions said, the attorney general ...").</li>
 * </ul>
 */
public final class SpeechVerbs {

    public static final Set<String> ATTRIBUTION = Set.of("said", "says", "say", "told", "tells", "tell",
            "added", "adds", "asked", "asks", "wrote", "writes", "tweeted", "shouted", "shouts", "according");

    public static final Set<String> SPEAKING = Stream.concat(ATTRIBUTION.stream(), Stream.of(
            "stated", "explained", "noted", "argued", "continued", "replied", "declared", "insisted", "warned",
            "recalled", "acknowledged", "testified", "announced", "remarked", "concluded", "conceded", "responded",
            "claimed", "suggested", "urged", "countered", "admitted", "complained", "quipped", "yelled", "quoted"))
            .collect(Collectors.toUnmodifiableSet());

    public static final Set<String> BEFORE_A_ROLE = Set.of("said", "says", "added", "wrote", "asked", "according");

    private SpeechVerbs() {
    }
}
