-- Followed feeds (RSS or Atom), keyed by a hash of the feed's address: what the user gave to follow
-- it (the feed, or a page that names it), the validators of the version last fetched (ETag,
-- Last-Modified) for conditional requests, and the errors in a row since the last good poll.
CREATE TABLE feed (
    id            CHAR(64)      PRIMARY KEY,
    url           VARCHAR(4000) NOT NULL,
    followed_as   VARCHAR(4000) NOT NULL,
    title         VARCHAR(2000),
    etag          VARCHAR(1000),
    last_modified VARCHAR(200),
    followed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    polled_at     TIMESTAMP WITH TIME ZONE,
    failures      INT           NOT NULL,
    last_error    VARCHAR(2000)
);

-- The items of a feed met so far, keyed by a hash of their link: the story an item became, or
-- none yet (its ingest failed, attempts times), so that no article is fetched twice.
CREATE TABLE feed_item (
    feed_id  CHAR(64)      NOT NULL,
    item_id  CHAR(64)      NOT NULL,
    link     VARCHAR(4000) NOT NULL,
    story_id VARCHAR(200),
    attempts INT           NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (feed_id, item_id),
    FOREIGN KEY (feed_id) REFERENCES feed (id) ON DELETE CASCADE
);
