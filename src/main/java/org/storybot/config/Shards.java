package org.storybot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How the bot is split into Discord shards: {@code discord.total-shards} (a number, or empty
 * {@code total} for {@code auto}, Discord's recommended count) and {@code discord.shards}, the ids
 * this process runs (empty: all of them), in ascending order.
 */
public record Shards(OptionalInt total, List<Integer> ids) {

    /** The most shards a bot may be split into here; Discord's largest bots run a few thousand. */
    public static final int MAX_TOTAL = 16_384;
    public static final Shards ONE = new Shards(OptionalInt.of(1), List.of());
    private static final String TOTAL_KEY = "discord.total-shards";
    private static final String IDS_KEY = "discord.shards";

    public Shards {
        ids = List.copyOf(new TreeSet<>(ids));
        if (total.isPresent()) {
            Checks.range(TOTAL_KEY, total.getAsInt(), 1, MAX_TOTAL);
            if (!ids.isEmpty() && ids.get(ids.size() - 1) >= total.getAsInt()) {
                throw new ConfigException(IDS_KEY, "names shard " + ids.get(ids.size() - 1) + ", but shard ids run from 0 to "
                        + (total.getAsInt() - 1) + " with " + TOTAL_KEY + ": " + total.getAsInt());
            }
        }
    }

    /** Reads the two settings as written: {@code "auto"} or a number, and {@code "0-3"}, {@code "0,2"} or empty. */
    public static Shards parse(String totalText, String idsText) {
        String t = totalText == null ? "" : totalText.strip().toLowerCase(Locale.ROOT);
        OptionalInt total;
        if (t.equals("auto")) {
            total = OptionalInt.empty();
        } else if (t.matches("\\d{1,9}")) {
            total = OptionalInt.of(Integer.parseInt(t));
        } else {
            throw new ConfigException(TOTAL_KEY, "must be a number of shards (1 to " + MAX_TOTAL + ") or auto (Discord's "
                    + "recommended count), got \"" + (totalText == null ? "" : totalText.strip()) + "\"");
        }
        return new Shards(total, ids(idsText == null ? "" : idsText.strip()));
    }

    private static List<Integer> ids(String text) {
        List<Integer> ids = new ArrayList<>();
        if (text.isEmpty() || text.equalsIgnoreCase("all")) {
            return ids;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.matches("\\d{1,5}")) {
                ids.add(Integer.parseInt(p));
            } else if (p.matches("\\d{1,5}\\s*-\\s*\\d{1,5}")) {
                String[] bounds = p.split("-");
                int from = Integer.parseInt(bounds[0].strip());
                int to = Integer.parseInt(bounds[1].strip());
                if (from > to) {
                    throw new ConfigException(IDS_KEY, "has the range " + p + ", which runs backwards; write " + to + "-" + from);
                }
                IntStream.rangeClosed(from, to).forEach(ids::add);
            } else {
                throw new ConfigException(IDS_KEY, "must list shard ids and ranges, such as 0-3 or 0,2, or be empty for "
                        + "all shards; got \"" + text + "\"");
            }
        }
        return ids;
    }

    /** Whether the count is Discord's to say ({@code auto}). */
    public boolean automatic() {
        return total.isEmpty();
    }

    /**
     * The ids this process runs once the total is known (the configured one, or Discord's
     * recommendation for {@code auto}): all of them when none are named.
     *
     * @throws ConfigException when a named id is not below {@code totalShards}
     */
    public List<Integer> run(int totalShards) {
        if (ids.isEmpty()) {
            return IntStream.range(0, totalShards).boxed().toList();
        }
        int highest = ids.get(ids.size() - 1);
        if (highest >= totalShards) {
            throw new ConfigException(IDS_KEY, "names shard " + highest + ", but Discord recommends " + totalShards
                    + " shard(s) (" + TOTAL_KEY + ": auto), so ids run from 0 to " + (totalShards - 1));
        }
        return ids;
    }

    /** "0, 1 of 2": the ids and the total, as logs and status show them. */
    public static String describe(List<Integer> ids, int total) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of " + total;
    }
}
