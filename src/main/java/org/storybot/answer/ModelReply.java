package org.storybot.answer;

/** What one call to a language model gave: its text, or why there is none. */
public sealed interface ModelReply {

    record Text(String text) implements ModelReply {
    }

    /** The call failed; {@code detail} is for the log (status, exception type), never for users. */
    record Failed(Failure failure, String detail) implements ModelReply {
    }

    /** Why a call gave nothing usable, in words a user can read. */
    enum Failure {
        TIMEOUT("did not answer in time"),
        RATE_LIMITED("is over its rate limit right now"),
        SERVER_ERROR("had a server error"),
        UNREACHABLE("could not be reached"),
        REJECTED("turned the request down (check the llm settings)"),
        REFUSED("declined to answer"),
        EMPTY("sent an empty reply"),
        MALFORMED("sent a reply that could not be read");

        private final String what;

        Failure(String what) {
            this.what = what;
        }

        /** One line for the user: what went wrong and that {@code product} ("answer", "summary") was made offline. */
        public String notice(String product) {
            return "The language model " + what + ", so this " + product + " was composed offline from the story.";
        }
    }
}
