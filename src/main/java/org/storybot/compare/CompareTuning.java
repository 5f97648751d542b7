package org.storybot.compare;

/**
 * Every constant of coverage across outlets, in one place. Chosen by reading the groups and items
 * they gave on {@code politics_2017.json} (22 articles, 7 events; its {@code event} field is never
 * read), round values, not searched: they are not held out, and the README says so.
 */
record CompareTuning(Grouping grouping, Items items) {

    /**
     * When two stories cover one event. Their likeness is {@code closeness × content}: closeness
     * {@code 1 / (1 + perDay × days apart)}, or {@code undated} when either story has no date; content
     * a weighted sum of the cosine of their rare words (tf-idf over the stories compared), the overlap
     * (Jaccard) of the surnames they name (left out when neither names anyone) and the cosine of their
     * mean paragraph vectors. Groups are joined while the average likeness between them reaches
     * {@code join}.
     */
    record Grouping(double perDay, double undated, double words, double names, double meaning, double join) {
    }

    /**
     * What a group's report holds. A sentence is a candidate in another story when one of that story's
     * sentences is within cosine {@code near}; the paragraphs of its {@code look} nearest sentences are
     * what the citation check reads. Shared: held by more than half of the group's stories, at most
     * {@code shared}, none within cosine {@code repeat} of one already said. Only: no other story has
     * a sentence within cosine {@code elsewhere} and the citation check finds it in none, at most
     * {@code onlyPerStory} a story. Differ: two stories' sentences within cosine {@code differ} sharing
     * at least {@code differWords} of their words (Jaccard) that give another amount of the same thing,
     * another name where their other words agree to {@code sameRest} (Jaccard), or where one says not
     * what the other says; at most {@code differences}. Sentences shorter than {@code minWords} words
     * are no items.
     */
    record Items(double near, int look, int shared, double repeat, double elsewhere, int onlyPerStory, double differ,
            double differWords, double sameRest, int differences, int minWords) {
    }

    static final CompareTuning DEFAULT = new CompareTuning(
            new Grouping(0.5, 0.75, 0.4, 0.3, 0.3, 0.4),
            new Items(0.7, 3, 5, 0.85, 0.8, 2, 0.8, 0.5, 0.8, 3, 6));
}
