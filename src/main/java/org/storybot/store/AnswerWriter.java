package org.storybot.store;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer log's writer: a background thread that takes the queued replies and inserts them,
 * many to a commit. Nobody asking a question ever waits on it for long:
 * <ul>
 * <li>the queue holds {@value #MAX_QUEUED} replies; a reply that finds it full is not recorded
 * ({@link #queue} says so at once and the caller logs it) instead of waiting for room;</li>
 * <li>{@link #awaitWrites} waits at most a bound (five seconds for the library) for the replies
 * handed over before it, then logs that the writer is behind and lets the read go ahead: a
 * follow-up then may not see the turn before, but it is answered;</li>
 * <li>{@link #close} writes what is queued while the writer makes progress; when it is stuck for
 * the bound, close logs what is lost and returns.</li>
 * </ul>
 * While the store's server is away, the writer keeps the replies in hand and writes them when it
 * is back (the store says once that it went and once that it came back); {@link #unwritten} shows
 * them meanwhile. Whatever else a write throws, {@link Error}s included, is logged with the reply's
 * id and the writer goes on with the next replies. Thread-safe.
 */
final class AnswerWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerWriter.class);
    static final int MAX_QUEUED = 10_000;
    private static final int MAX_BATCH = 256;
    private static final int MAX_TEXT = 2000;
    /** How long the writer waits for an absent store before it looks again. */
    private static final Duration RETRY_WAIT = Duration.ofMillis(500);

    private record Queued(long id, AnswerRecord reply) {
    }

    /** Queued by {@link #close}: the writer stops when it reaches it. */
    private static final Queued STOP = new Queued(0, null);

    private static final List<String> COLUMNS = List.of("id", "conversation_id", "question", "standalone_question",
            "outcome", "answer_text", "citations", "story_id", "latency_ms", "channel", "user_hash", "created_at",
            "short_answer", "short_answer_kind");

    private final Database database;
    private final String insert;
    private final Duration maxWait;
    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
    /** Replies handed over and not yet written or given up on, by id. */
    private final ConcurrentSkipListMap<Long, AnswerRecord> unwritten = new ConcurrentSkipListMap<>();
    /** Set when {@link #close} gives up on a writer that makes no progress: it stops waiting for the store. */
    private volatile boolean abandoned;
    private final Thread thread;
    /** Replies handed to {@link #queue} and replies written (or given up on); guarded by {@code this}. */
    private long handed;
    private long done;

    /** @param maxWait the longest a read waits for earlier replies to be written, and a close for the writer to write one more */
    AnswerWriter(Database database, Duration maxWait) {
        this.database = database;
        this.insert = insertStatement(database.dialect());
        this.maxWait = maxWait;
        this.thread = new Thread(this::writeQueued, "answer-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a reply to the writer; a {@link StoreException} when the queue is full (the reply is then not recorded). */
    void queue(long id, AnswerRecord reply) {
        synchronized (this) {
            handed++;
        }
        unwritten.put(id, reply);
        if (!queue.offer(new Queued(id, reply))) {
            unwritten.remove(id);
            finished(1);
            throw new StoreException("the answer log writer is " + MAX_QUEUED + " replies behind; reply " + id
                    + " is not recorded");
        }
    }

    /** The writer thread: takes what is queued and writes it in one transaction, until stopped. */
    private void writeQueued() {
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                log.warn("the answer log writer was interrupted; {} replies not recorded", queue.size());
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(STOP);
            try {
                write(batch);
            } finally {
                batch.forEach(q -> unwritten.remove(q.id()));
                finished(batch.size());
                batch.clear();
            }
        }
    }

    /** Writes a batch in one transaction, or, if that fails, one by one: one bad reply must not take its neighbours with it. */
    private void write(List<Queued> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            insertWhenReachable(batch);
        } catch (Throwable failed) {
            for (Queued one : batch) {
                try {
                    insertWhenReachable(List.of(one));
                } catch (RuntimeException refused) {
                    log.warn("could not record reply {}: {}", one.id(), refused.getMessage());
                } catch (Throwable broken) {
                    log.error("could not record reply {}", one.id(), broken);
                }
            }
        }
    }

    /** Inserts, waiting while the store is away; gives up on it only when {@link #close} has given up on the writer. */
    private void insertWhenReachable(List<Queued> batch) {
        while (true) {
            try {
                insert(batch);
                return;
            } catch (StoreUnavailableException away) {
                if (abandoned) {
                    throw away;
                }
                if (!database.awaitAvailable(RETRY_WAIT)) {
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The latest {@code limit} replies not yet written that {@code wanted} accepts, newest first. */
    List<AnswerRecord> unwritten(Predicate<AnswerRecord> wanted, int limit) {
        return unwritten.descendingMap().values().stream().filter(wanted).limit(limit).toList();
    }

    private synchronized void finished(int replies) {
        done += replies;
        notifyAll();
    }

    /**
     * The insert, once per reply: on a server, a commit whose answer was lost with the connection
     * may have been made, so the retry after the store is back skips a reply already there instead
     * of failing on its id. (An embedded store never loses a commit's answer.)
     */
    private static String insertStatement(Dialect dialect) {
        return dialect == Dialect.H2 ? dialect.insert("answer", COLUMNS) : dialect.insertIfAbsent("answer", COLUMNS, List.of("id"));
    }

    private void insert(List<Queued> batch) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(insert)) {
                for (Queued q : batch) {
                    AnswerRecord r = q.reply();
                    s.setLong(1, q.id());
                    s.setString(2, r.conversationId());
                    s.setString(3, clip(r.question()));
                    s.setString(4, r.standaloneQuestion() == null ? null : clip(r.standaloneQuestion()));
                    s.setString(5, r.outcome());
                    s.setString(6, r.answerText());
                    s.setString(7, r.citationsJson());
                    s.setString(8, r.storyId());
                    s.setDouble(9, r.latencyMs());
                    s.setString(10, r.channel());
                    s.setString(11, r.userHash());
                    s.setObject(12, r.createdAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : r.createdAt());
                    s.setString(13, r.shortAnswer() == null ? null : clip(r.shortAnswer()));
                    s.setString(14, r.shortAnswerKind());
                    s.addBatch();
                }
                return s.executeBatch();
            }
        });
    }

    /**
     * Waits until every reply handed over so far is written, for at most the bound; past it, logs
     * that the writer is behind and returns, so that a read goes ahead without the latest replies.
     */
    synchronized void awaitWrites() {
        long target = handed;
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (done < target && !database.isAway()) { // with the store away, a read goes ahead at once
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                log.warn("the answer log writer is {} replies behind; reading without them", target - done);
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, RETRY_WAIT.toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Writes what is queued and stops the writer. Waits while the writer gets on with it; when it
     * writes nothing for the bound, gives up and logs how many replies are not recorded.
     */
    @Override
    public void close() {
        try {
            if (queue.offer(STOP, maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                long before;
                do {
                    before = written();
                    thread.join(maxWait.toMillis());
                } while (thread.isAlive() && written() > before);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            abandoned = true;
            synchronized (this) {
                log.warn("the answer log writer is stuck; {} replies not recorded", handed - done);
            }
        }
    }

    private synchronized long written() {
        return done;
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
    }
}
