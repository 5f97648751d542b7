package org.storybot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** storybot's logging: its own lines at INFO on standard error, the libraries' warnings only, a level and a file an operator may set. */
class LogSetupTest {

    @AfterEach
    void clear() {
        System.clearProperty(LogSetup.LEVEL_VARIABLE);
        System.clearProperty("logback.configurationFile");
    }

    @Test
    void should_be_the_logging_every_storybot_process_starts_with() {
        // the service file registers it: this JVM's logging was set up by it
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
        assertThat(running.getLogger("ai.djl").getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void should_log_storybot_at_info_to_standard_error_and_libraries_at_warn_or_above() {
        LoggerContext context = configured();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(stderr.isStarted()).isTrue();
        assertThat(context.getLogger("org.storybot.discord.DiscordBot").isInfoEnabled()).isTrue();
        assertThat(context.getLogger("org.storybot.discord.DiscordBot").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("org.apache.lucene").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("org.apache.lucene").isWarnEnabled()).isTrue();
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").isWarnEnabled()).isFalse();
        assertThat(context.getLogger("ai.djl.huggingface").isWarnEnabled()).isFalse();
    }

    @Test
    void should_take_storybots_level_from_storybot_log_level_and_ignore_a_name_that_is_no_level() {
        System.setProperty(LogSetup.LEVEL_VARIABLE, "debug");
        assertThat(configured().getLogger("org.storybot.retrieval").isDebugEnabled()).isTrue();

        System.setProperty(LogSetup.LEVEL_VARIABLE, "loud");
        assertThat(configured().getLogger("org.storybot").getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void should_leave_the_set_up_to_an_operators_own_file() {
        System.setProperty("logback.configurationFile", "/etc/storybot/logback.xml");
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }
}
