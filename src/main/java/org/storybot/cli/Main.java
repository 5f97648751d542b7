package org.storybot.cli;

/** Entry point of {@code java -jar storybot.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before any model class loads: the embedding tokenizer's library must never phone home.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("h2.bindAddress", "127.0.0.1");
        int exitCode = StorybotCommand.commandLine(System.getenv(), args).execute(args);
        System.exit(exitCode);
    }
}
