package org.storybot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body gathered up to a limit: past {@code maxBytes} it stops reading (so a 30 MB page
 * costs no more than the limit) and fails with {@link TooLarge}. Or it reads nothing at all, for a
 * response already judged by its headers.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the body is over the limit");
        }
    }

    private static final long UNREAD = -1;
    private static final long REFUSED = -2;

    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private LimitedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static LimitedBody upTo(long maxBytes) {
        return new LimitedBody(maxBytes);
    }

    /** Reads nothing: the response's headers said all there is to say. */
    static LimitedBody unread() {
        return new LimitedBody(UNREAD);
    }

    /** Reads nothing and fails with {@link TooLarge}: the Content-Length is over the limit. */
    static LimitedBody tooLarge() {
        return new LimitedBody(REFUSED);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (maxBytes == UNREAD) {
            s.cancel();
            result.complete(new byte[0]);
        } else if (maxBytes == REFUSED) {
            s.cancel();
            result.completeExceptionally(new TooLarge());
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
