package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storybot.config.Shards;
import org.storybot.store.BotProcess;
import org.storybot.store.BotProcesses;
import org.storybot.store.Database;
import org.storybot.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", description = {
    "Lists the bot processes running on the library: the shards each runs, the library fingerprint its index holds",
    "and its last heartbeat (stale after three missed). An embedded library can be read only while no bot holds it."})
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object: the library, its fingerprint now, and the processes.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Database database = root.storybot().database();
        List<BotProcess.Seen> processes = new BotProcesses(database).list();
        String fingerprint = new StoryStore(database).fingerprint();
        if (json) {
            out.println(json(root.storybot().json(), database.shown(), fingerprint, processes));
            return 0;
        }
        out.printf("library %s, fingerprint %s%n", database.shown(), shortened(fingerprint));
        if (processes.isEmpty()) {
            out.println("No bot process is running on this library.");
        }
        for (BotProcess.Seen seen : processes) {
            BotProcess p = seen.process();
            out.printf("%s  shards %s  fingerprint %s%s  heartbeat %d s ago%s%n", p.id(),
                    Shards.describe(p.shards(), p.totalShards()), shortened(p.fingerprint()),
                    p.fingerprint().equals(fingerprint) ? "" : " (behind the library)", seen.age().toSeconds(),
                    seen.stale() ? "  STALE: no heartbeat for over " + p.every().multipliedBy(3).toSeconds() + " s" : "");
        }
        return 0;
    }

    private static String shortened(String fingerprint) {
        return fingerprint.isEmpty() ? "(empty library)" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }

    private static ObjectNode json(ObjectMapper mapper, String library, String fingerprint, List<BotProcess.Seen> processes) {
        ObjectNode status = mapper.createObjectNode();
        status.put("library", library);
        status.put("fingerprint", fingerprint);
        var array = status.putArray("processes");
        for (BotProcess.Seen seen : processes) {
            BotProcess p = seen.process();
            ObjectNode node = array.addObject();
            node.put("id", p.id());
            node.put("host", p.host());
            node.put("pid", p.pid());
            node.put("started_at", p.startedAt().toString());
            p.shards().forEach(node.putArray("shards")::add);
            node.put("total_shards", p.totalShards());
            node.put("fingerprint", p.fingerprint());
            node.put("in_step", p.fingerprint().equals(fingerprint));
            node.put("heartbeat_at", seen.heartbeatAt().toString());
            node.put("heartbeat_age_seconds", seen.age().toMillis() / 1000.0);
            node.put("heartbeat_every_seconds", p.every().toSeconds());
            node.put("stale", seen.stale());
        }
        return status;
    }
}
