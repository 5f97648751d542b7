package org.storybot.config;

final class Checks {

    private Checks() {
    }

    static void range(String key, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new ConfigException(key, "must be between " + format(min) + " and " + format(max) + ", got " + format(value));
        }
    }

    static void notNull(String key, Object value) {
        if (value == null) {
            throw new ConfigException(key, "must be set");
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
