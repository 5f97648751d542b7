package org.storybot.cli;

import org.storybot.app.Storybot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.storybot.config.ConfigException;
import org.storybot.config.ConfigLoader;
import org.storybot.config.StorybotConfig;
import org.storybot.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "storybot",
        mixinStandardHelpOptions = true,
        versionProvider = StorybotCommand.Version.class,
        description = "Answers questions about news stories, summarises them and cites the passages it used.")
public final class StorybotCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Library folder (default: data-dir in config/storybot.yaml, or STORYBOT_DATA_DIR).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Settings file (default: config/storybot.yaml in the storybot folder, or STORYBOT_CONFIG).")
    Path configFile;

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            StartCommand.class,
            AskCommand.class,
            SummarizeCommand.class,
            QuoteCommand.class,
            PeopleCommand.class,
            TimelineCommand.class,
            CompareCommand.class,
            ChatCommand.class,
            DiscordCommand.class,
            FeedbackCommand.class,
            IngestCommand.class,
            FollowCommand.class,
            UnfollowCommand.class,
            FeedsCommand.class,
            StatusCommand.class,
            StoriesCommand.class,
            ShowCommand.class,
            RemoveCommand.class,
            SearchCommand.class,
            EvalCommand.class,
            EvalRetrievalCommand.class,
            EvalSummariesCommand.class,
            EvalPagesCommand.class,
            EvalQuotesCommand.class,
            EvalTimelineCommand.class,
            EvalPeopleCommand.class,
            EvalCompareCommand.class,
            BenchCommand.class,
            BenchWorkerCommand.class,
            CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private Storybot storybot;

    StorybotCommand(Map<String, String> env) {
        this.env = env;
    }

    /** A command line ready to execute, with storybot's error handling and every subcommand. */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, SUBCOMMANDS);
    }

    /**
     * A command line for {@code args}: with only the subcommand they name, when they name one, since
     * picocli reads every subcommand's options by reflection as it is added (a good part of a cold
     * start); with all of them for help, no command or a mistyped one.
     */
    public static CommandLine commandLine(Map<String, String> env, String... args) {
        Class<?> named = named(args);
        return commandLine(env, named == null ? SUBCOMMANDS : List.of(named));
    }

    private static CommandLine commandLine(Map<String, String> env, List<Class<?>> subcommands) {
        StorybotCommand root = new StorybotCommand(env);
        CommandLine cl = new CommandLine(root);
        subcommands.forEach(c -> cl.addSubcommand(c == CommandLine.HelpCommand.class ? new CommandLine.HelpCommand() : c));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof StoreException || e instanceof UserException) {
                commandLine.getErr().println("storybot: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                root.close();
            }
        });
        return cl;
    }

    /** The subcommand the first word of {@code args} that is not an option names, or null (help, or none known). */
    static Class<?> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") || arg.equals("--config")) {
                i++; // its value
            } else if (!arg.startsWith("-")) {
                for (Class<?> c : SUBCOMMANDS) {
                    Command command = c.getAnnotation(Command.class);
                    if (c != CommandLine.HelpCommand.class && (command.name().equals(arg) || List.of(command.aliases()).contains(arg))) {
                        return c;
                    }
                }
                return null;
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Settings and parts, made once per run on first use. */
    synchronized Storybot storybot() {
        if (storybot == null) {
            Path home = Home.find(env);
            Path file = configFile != null ? configFile
                    : env.containsKey("STORYBOT_CONFIG") ? Path.of(env.get("STORYBOT_CONFIG"))
                    : home.resolve("config/storybot.yaml");
            if (configFile != null && !java.nio.file.Files.exists(configFile)) {
                throw new ConfigException("settings file " + configFile + " does not exist");
            }
            StorybotConfig config = new ConfigLoader().load(home, file, env);
            if (dataDir != null) {
                config = config.withDataDir(dataDir.toAbsolutePath().normalize());
            }
            storybot = new Storybot(config, true, env);
        }
        return storybot;
    }

    Map<String, String> env() {
        return env;
    }

    private synchronized void close() {
        if (storybot != null) {
            storybot.close();
            storybot = null;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StorybotCommand.class.getPackage().getImplementationVersion();
            return new String[] {"storybot " + (v == null ? "(development build)" : v)};
        }
    }
}
