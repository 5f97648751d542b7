-- The bot processes running on this library, one row each while it runs, removed when it closes
-- cleanly: its id (host, process id and start time), the Discord shards it runs, the library
-- fingerprint its search index holds, and its last heartbeat, written every every_seconds.
CREATE TABLE bot_process (
    id            VARCHAR(300)  PRIMARY KEY,
    host          VARCHAR(255)  NOT NULL,
    pid           BIGINT        NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    shards        VARCHAR(4000) NOT NULL,
    total_shards  INT           NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    every_seconds INT           NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When the last login turn of each bucket was granted (by the server's clock), so that processes
-- sharing a PostgreSQL library space their Discord identifies.
CREATE TABLE identify_turn (
    bucket     INT PRIMARY KEY,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
