-- Every reply the assistant gives, for follow-up questions (a conversation is its replies in order),
-- for "show sources", and for the record: what was asked, what came back, how fast, where.
CREATE TABLE answer (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id     VARCHAR(200),
    question            VARCHAR(2000) NOT NULL,
    standalone_question VARCHAR(4000),
    outcome             VARCHAR(20)   NOT NULL,
    answer_text         CHARACTER LARGE OBJECT,
    citations           CHARACTER LARGE OBJECT,
    story_id            VARCHAR(200),
    latency_ms          DOUBLE PRECISION,
    channel             VARCHAR(200),
    user_hash           VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX answer_conversation ON answer (conversation_id, id);

-- One vote per person per answer: +1 or -1; a later click replaces an earlier one.
CREATE TABLE feedback (
    answer_id  BIGINT      NOT NULL,
    user_hash  VARCHAR(64) NOT NULL,
    vote       SMALLINT    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (answer_id, user_hash),
    FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
);
