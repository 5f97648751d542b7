package org.storybot.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;

/**
 * Runs a main class under a network guard: every attempt to open a connection to anything but the
 * loopback address is written to the file named by -Dguard.log and refused. Usage:
 * {@code java -Djava.security.manager=allow -Dguard.log=FILE GuardedMain MAIN_CLASS ARGS...}
 */
public final class GuardedMain {

    private GuardedMain() {
    }

    public static void main(String[] args) throws Throwable {
        Path log = Path.of(System.getProperty("guard.log"));
        System.setSecurityManager(new Guard(log));
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
    }

    private static final class Guard extends SecurityManager {
        private final Path log;

        Guard(Path log) {
            this.log = log;
        }

        @Override
        public void checkPermission(Permission perm) {
            // everything but network connections is allowed
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            // everything but network connections is allowed
        }

        @Override
        public void checkConnect(String host, int port) {
            if (port == -1 || isLoopback(host)) {
                return; // port -1 is a name lookup, not a connection
            }
            try {
                Files.writeString(log, host + ":" + port + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException ignored) {
                // the refusal below still stops the connection
            }
            throw new SecurityException("network guard: connection to " + host + ":" + port + " refused");
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
        }

        private static boolean isLoopback(String host) {
            if (host.equals("localhost")) {
                return true;
            }
            try {
                return InetAddress.getByName(host.replaceAll("^\\[|]$", "")).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
