package org.storybot.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens WordNet 3.1 from files on disk, mapped into memory, rather than from the jar, which
 * extJWNL would read whole into the heap (about 45 MB of heap and 0.4 s at every start; mapped,
 * under 1 MB and 0.1 s). The files are copied out of the data jar once, into {@code folder}, each
 * written aside and moved into place, the set marked complete last, so processes starting together
 * or killed midway never read half a copy. When the folder cannot be written, WordNet is read from
 * the jar as before. Each file is read through {@link MappedWordNetFile}: extJWNL's own reader seeks
 * and reads 32 bytes at a time, some sixty system calls for each binary search of an index, which
 * was most of a question's time in WordNet; mapped, 16 askers on 10,000 paragraphs answered 128 a
 * second instead of 65 (2026-12-02). Each dictionary keeps WordNet's sense counts
 * ({@code cntlist.rev}) in memory, read once when it opens (about 0.2 s of a loader thread and 4 MB
 * of heap each): extJWNL otherwise looks one up in the file for every word of every sense it reads.
 */
final class WordNetFiles {

    private static final Logger log = LoggerFactory.getLogger(WordNetFiles.class);
    private static final String RESOURCES = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final String PROPERTIES = "/extjwnl_resource_properties.xml";
    private static final List<String> FILES = List.of("adj.exc", "adv.exc", "noun.exc", "verb.exc", "data.adj",
            "data.adv", "data.noun", "data.verb", "index.adj", "index.adv", "index.noun", "index.verb", "index.sense",
            "cntlist", "cntlist.rev", "sentidx.vrb", "sents.vrb", "verb.Framestext");
    private static final String COMPLETE = "complete";

    private WordNetFiles() {
    }

    /**
     * {@code copies} dictionaries of WordNet, each mapping the files in {@code folder} (copied there
     * first if need be); else one, read from the jar into memory.
     */
    static List<Dictionary> open(Path folder, int copies) throws JWNLException {
        if (folder != null) {
            try {
                String properties = properties(copied(folder));
                List<Dictionary> dictionaries = new ArrayList<>();
                for (int i = 0; i < Math.max(1, copies); i++) {
                    dictionaries.add(Dictionary.getInstance(new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8))));
                }
                return List.copyOf(dictionaries);
            } catch (IOException | UncheckedIOException | JWNLException e) {
                // a read-only home or a full disk: the jar still has it all
                log.warn("cannot keep WordNet's files in {} ({}); reading them from the jar into memory", folder, e.getMessage());
            }
        }
        return List.of(Dictionary.getDefaultResourceInstance());
    }

    private static Path copied(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Files.exists(folder.resolve(COMPLETE))) {
            return folder;
        }
        for (String name : FILES) {
            try (InputStream in = WordNetFiles.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IOException("WordNet file " + name + " is missing from the class path");
                }
                Path aside = Files.createTempFile(folder, name, ".part");
                Files.copy(in, aside, StandardCopyOption.REPLACE_EXISTING);
                move(aside, folder.resolve(name));
            }
        }
        Path aside = Files.createTempFile(folder, COMPLETE, ".part");
        move(aside, folder.resolve(COMPLETE));
        return folder;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The data jar's own settings, pointed at the copied files, told to map them into memory and to keep the sense counts. */
    private static String properties(Path files) throws IOException {
        try (InputStream in = WordNetFiles.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IOException("extJWNL's settings are missing from the class path");
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = files.toAbsolutePath().toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            return xml.replace("net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile", MappedWordNetFile.class.getName())
                    .replace("value=\"" + RESOURCES.substring(0, RESOURCES.length() - 1) + "\"", "value=\"" + path + "\"")
                    .replace("<param name=\"check_path\" value=\"false\"/>",
                            "<param name=\"check_path\" value=\"false\"/><param name=\"cache_use_count\" value=\"true\"/>");
        }
    }
}
