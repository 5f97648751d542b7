package org.storybot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.storybot.store.Folders;

/**
 * A real PostgreSQL server of the installed binaries, in a temporary folder, listening on
 * 127.0.0.1 only, on a free port, with trust login for the user {@value #USER}; stopped and
 * deleted on {@link #close} (and, should the JVM end first, by a shutdown hook). initdb refuses
 * to run as root: as root the server runs as the {@code postgres} user. The bench measures the
 * shared store on one; the tests start one when the run names no server of its own.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    public static final String USER = "storybot";
    /** Where the binaries are (STORYBOT_PG_BIN overrides). */
    public static final Path BIN = Path.of(System.getenv().getOrDefault("STORYBOT_PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path dir;
    private final int port;
    private final Thread cleanUp;

    private ThrowawayPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.cleanUp = new Thread(this::destroy, "throwaway-postgres-stop");
        Runtime.getRuntime().addShutdownHook(cleanUp);
    }

    /** Whether the binaries a throwaway server needs are installed. */
    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("storybot-pg-");
        if (asRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()), null);
        }
        ThrowawayPostgres server = new ThrowawayPostgres(dir, freePort());
        try {
            server.run(BIN.resolve("initdb").toString(), "-D", server.data(), "-A", "trust", "-U", USER, "-E", "UTF8",
                    "--no-sync");
            server.startServer();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of a database on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server the way an administrator restarting it would (fast shutdown: sessions are ended). */
    public void stopServer() throws IOException, InterruptedException {
        run(BIN.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop");
    }

    public void startServer() throws IOException, InterruptedException {
        run(BIN.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                "start");
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full, dir.resolve("commands.log"));
    }

    /** Runs a command with its output to a file, not a pipe: the server it starts must not hold our pipe open. */
    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Path output = log != null ? log : Files.createTempFile("storybot-pg-", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended || p.exitValue() != 0) {
            p.destroyForcibly();
            String said = Files.exists(output) ? Files.readString(output).strip() : "";
            throw new IOException(String.join(" ", command) + " failed: " + said);
        }
        if (log == null) {
            Files.deleteIfExists(output);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void destroy() {
        try {
            run(BIN.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException ignored) {
            // not running
        }
        try {
            Folders.delete(dir);
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
