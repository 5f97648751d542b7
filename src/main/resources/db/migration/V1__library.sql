-- Stories, their numbered paragraphs and sentences. Paragraph numbers are what citations show.
CREATE TABLE story (
    id           VARCHAR(200)  PRIMARY KEY,
    title        VARCHAR(2000) NOT NULL,
    published    VARCHAR(100),
    authors      VARCHAR(2000),
    source       VARCHAR(2000),
    url          VARCHAR(4000),
    content_hash CHAR(64)      NOT NULL,
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE paragraph (
    story_id VARCHAR(200)  NOT NULL,
    number   INT           NOT NULL,
    section  VARCHAR(2000),
    text     CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (story_id, number),
    FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

-- A sentence is a span of its paragraph's text; its embedding is little-endian float32.
CREATE TABLE sentence (
    story_id         VARCHAR(200) NOT NULL,
    paragraph_number INT          NOT NULL,
    number           INT          NOT NULL,
    start_offset     INT          NOT NULL,
    end_offset       INT          NOT NULL,
    embedding        VARBINARY(16384) NOT NULL,
    PRIMARY KEY (story_id, paragraph_number, number),
    FOREIGN KEY (story_id, paragraph_number) REFERENCES paragraph (story_id, number) ON DELETE CASCADE
);

-- Rows of the LangChain4j EmbeddingStore. Story paragraphs live here with story_id set, so they
-- go with their story; rows added through the plain EmbeddingStore API have no story.
CREATE TABLE embedding (
    id       VARCHAR(400) PRIMARY KEY,
    story_id VARCHAR(200),
    vector   VARBINARY(16384) NOT NULL,
    text     CHARACTER LARGE OBJECT,
    metadata CHARACTER LARGE OBJECT,
    FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
CREATE INDEX embedding_story ON embedding (story_id);

CREATE TABLE setting (
    name          VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(4000)
);
