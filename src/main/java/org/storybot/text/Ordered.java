package org.storybot.text;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable copies that keep the order they were given. {@code Set.copyOf} and {@code Map.copyOf}
 * iterate in an order drawn anew at every start of the JVM: code that takes the first of a word's
 * forms, or sums over a story's words, would then answer the same question differently from one
 * run to the next.
 */
public final class Ordered {

    private Ordered() {
    }

    public static <T> Set<T> set(Collection<? extends T> items) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> entries) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
