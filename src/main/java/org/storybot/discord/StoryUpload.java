package org.storybot.discord;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.javacord.api.entity.Attachment;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.ingest.IngestResult;
import org.storybot.ingest.Ingestor;
import org.storybot.ingest.LinkIngestor;

/**
 * /ingest: a member who can manage the server attaches a story file, or gives a link to a web page,
 * and it joins the library. With ingest.members-may-add-links every member may give links (within
 * the question budgets); everyone else is refused politely, before anything is downloaded.
 */
final class StoryUpload {

    private static final Logger log = LoggerFactory.getLogger(StoryUpload.class);
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "json", "html", "htm");

    /** What /ingest needs: where files and links go, and who may give links. */
    record Sources(Ingestor files, LinkIngestor links, DiscordHttp http, long maxFileBytes, boolean membersMayAddLinks) {
    }

    private final Sources sources;
    private final Workers workers;
    private final QuestionLimits limits;
    private final ReplyFormatter format;
    private final long maxFileBytes;

    StoryUpload(Sources sources, Workers workers, QuestionLimits limits, ReplyFormatter format) {
        this.sources = sources;
        this.workers = workers;
        this.limits = limits;
        this.format = format;
        this.maxFileBytes = sources.maxFileBytes();
    }

    /** Called on an event thread: checks at once, downloads and ingests on a worker. */
    void handle(SlashCommandInteraction command) {
        Optional<Server> server = command.getServer();
        boolean manager = server.isPresent() && Access.mayIngest(server.get(), command.getUser());
        Optional<String> link = command.getArgumentStringValueByName(SlashCommands.URL).map(String::strip)
                .filter(s -> !s.isEmpty());
        Optional<Attachment> file = command.getArgumentAttachmentValueByName(SlashCommands.FILE);
        if (server.isEmpty() || !(manager || (link.isPresent() && file.isEmpty() && sources.membersMayAddLinks()))) {
            refuse(command, ReplyFormatter.INGEST_REFUSED);
            return;
        }
        if (link.isPresent() == file.isPresent()) {
            refuse(command, link.isPresent() ? "Please give either a file or a link to `/ingest`, not both."
                    : "Please attach a story file to `/ingest`, or give a link to a web page (`url:`).");
            return;
        }
        if (link.isPresent()) {
            addLink(command, link.get(), manager);
            return;
        }
        String name = fileName(file.get().getFileName());
        if (!EXTENSIONS.contains(extension(name))) {
            refuse(command, format.wrongFile(name));
            return;
        }
        if (file.get().getSize() > maxFileBytes) {
            refuse(command, format.fileTooBig(name, maxFileBytes));
            return;
        }
        Attachment attachment = file.get();
        workers.deferThen(command, true, () -> ingest(attachment, name), sent -> { });
    }

    /** A link: members who are not managers spend from the question budgets, as fetching and embedding a page costs. */
    private void addLink(SlashCommandInteraction command, String link, boolean manager) {
        if (!manager && limits.admitWork(command.getUser().getIdAsString(), command.getServer().map(Server::getIdAsString)
                .orElse(null)) instanceof QuestionLimits.Verdict.TooFast tooFast) {
            refuse(command, format.tooFast(tooFast.retryAfterSeconds(), tooFast.wholeServer()));
            return;
        }
        if (!LinkIngestor.isLink(link)) {
            refuse(command, format.notALink(link));
            return;
        }
        workers.deferThen(command, true, () -> format.ingested(link, List.of(sources.links().ingest(link))), sent -> { });
    }

    private Post ingest(Attachment attachment, String name) {
        Path folder = null;
        try {
            byte[] bytes = sources.http().download(attachment.getUrl().toURI(), maxFileBytes);
            folder = Files.createTempDirectory("storybot-upload");
            Path file = folder.resolve(name); // the file name gives a story without an id its id
            Files.write(file, bytes);
            List<IngestResult> results = sources.files().ingestFile(file);
            return format.ingested(name, results);
        } catch (DiscordHttp.TooLargeException e) {
            return Post.of(format.fileTooBig(name, maxFileBytes));
        } catch (IOException | URISyntaxException e) {
            log.warn("could not fetch an attached story: {}", e.toString());
            return Post.of("I could not fetch " + DiscordMarkdown.escape(name) + " from Discord; please try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Post.of(ReplyFormatter.FAILED);
        } finally {
            delete(folder);
        }
    }

    private void refuse(SlashCommandInteraction command, String text) {
        Outbox.respondNow(command, Post.of(text), true).exceptionally(e -> {
            log.warn("could not answer /ingest: {}", e.toString());
            return null;
        });
    }

    /** A safe local name for an uploaded file: its last path part, letters, digits, dots, dashes. */
    static String fileName(String uploaded) {
        String last = uploaded == null ? "" : uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        if (safe.length() > 100) {
            String ext = extension(safe);
            safe = safe.substring(0, 90) + (ext.isEmpty() ? "" : "." + ext);
        }
        return safe.isEmpty() ? "story" : safe;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.debug("could not remove {}: {}", folder, e.toString());
        }
    }
}
