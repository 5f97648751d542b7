package org.storybot.cli;

import java.util.OptionalInt;
import org.storybot.launch.Relaunch;

/** Entry point of {@code java -jar storybot.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = Relaunch.asTheLauncherWould(args, System.getenv()); // a jar started directly
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        // Before any model class loads: the embedding tokenizer's library must never phone home.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("h2.bindAddress", "127.0.0.1");
        int exitCode = StorybotCommand.commandLine(System.getenv(), args).execute(args);
        System.exit(exitCode);
    }
}
