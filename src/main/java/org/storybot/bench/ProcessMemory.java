package org.storybot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Memory as the operating system and the JVM see it: resident set size from Linux's
 * {@code /proc/PID/status} (null elsewhere, as the reports show a missing figure), heap use after a
 * full collection, and bytes on disk.
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Resident memory now ({@code VmRSS}) of process {@code pid}; null when /proc cannot tell. */
    static Long rss(long pid) {
        return statusField(pid, "VmRSS:");
    }

    /** The most resident memory process {@code pid} has had ({@code VmHWM}). */
    static Long peakRss(long pid) {
        return statusField(pid, "VmHWM:");
    }

    static Long ownRss() {
        return rss(ProcessHandle.current().pid());
    }

    /** Collects garbage (twice: finalisable objects need a second pass) and returns the heap in use. */
    static MemoryUsage heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }

    /** Total physical memory of the machine, from /proc/meminfo; null elsewhere. */
    static Long machineMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return kilobytes(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return null;
    }

    /** Bytes of all files under {@code dir}. */
    static long bytesOnDisk(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted while walking
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long statusField(long pid, String field) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return lines.stream().filter(l -> l.startsWith(field)).map(ProcessMemory::kilobytes).findFirst().orElse(null);
    }

    /** "VmRSS:	  123456 kB" in bytes. */
    private static long kilobytes(String line) {
        String[] parts = line.trim().split("\\s+");
        long value = Long.parseLong(parts[1]);
        return parts.length > 2 && parts[2].toLowerCase(Locale.ROOT).equals("kb") ? value * 1024 : value;
    }
}
