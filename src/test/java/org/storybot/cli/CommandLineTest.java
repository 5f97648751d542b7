package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line Main builds: only the subcommand the arguments name (picocli reads each subcommand
 * it is given by reflection, a good part of a cold start), every one for help or a mistyped command.
 */
class CommandLineTest {

    @Test
    void should_hold_only_the_named_subcommand_wherever_the_options_stand() {
        assertThat(StorybotCommand.commandLine(Map.of(), "ask", "Who?").getSubcommands()).containsOnlyKeys("ask");
        assertThat(StorybotCommand.commandLine(Map.of(), "--data-dir", "compare", "stories").getSubcommands())
                .containsOnlyKeys("stories");
        assertThat(StorybotCommand.commandLine(Map.of(), "--data-dir=/tmp/x", "summarise", "--length", "short")
                .getSubcommands()).containsOnlyKeys("summarize", "summarise");
    }

    @Test
    void should_list_every_command_for_help_and_suggest_one_for_a_mistyped_name() {
        assertThat(StorybotCommand.commandLine(Map.of(), "--help").getSubcommands()).containsKeys("ask", "compare", "help");
        assertThat(StorybotCommand.commandLine(Map.of(), "help", "compare").getSubcommands()).containsKeys("ask", "compare");

        CommandLine mistyped = StorybotCommand.commandLine(Map.of(), "stoaries");
        StringWriter err = new StringWriter();
        mistyped.setErr(new PrintWriter(err));
        assertThat(mistyped.execute("stoaries")).isNotZero();
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'stoaries'").contains("storybot stories");
    }
}
