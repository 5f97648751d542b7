package org.storybot.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * storybot's logging, set up in code when logback starts (found as a service): 0.07 s of a cold
 * start where reading an XML file through Joran took 0.13 s. Log lines go to standard
 * error, so command output on standard out stays clean for pipes and JSON; storybot's own at the
 * level {@code STORYBOT_LOG_LEVEL} names (a system property or environment variable; INFO by
 * default), the libraries' warnings and errors only. An operator's own file,
 * {@code -Dlogback.configurationFile=FILE}, replaces all of this.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String LEVEL_VARIABLE = "STORYBOT_LOG_LEVEL";

    /**
     * Libraries with a level of their own: the embedding tokenizer's library quiet (never a place
     * secrets or tracking show up); the pool's per-connection messages off (the store says once that
     * a PostgreSQL server is away and once that it is back).
     */
    private static final Map<String, Level> LIBRARIES = Map.of("ai.djl", Level.ERROR, "org.javacord", Level.WARN,
            "org.h2", Level.WARN, "com.zaxxer.hikari", Level.ERROR, "dev.langchain4j", Level.WARN, "okhttp3", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // logback's own configurator reads the operator's file
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.storybot").setLevel(storybotLevel());
        LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level {@value #LEVEL_VARIABLE} names, as a system property or else in the environment; INFO when unset or unknown. */
    static Level storybotLevel() {
        String named = System.getProperty(LEVEL_VARIABLE, System.getenv(LEVEL_VARIABLE));
        return Level.toLevel(named, Level.INFO);
    }
}
