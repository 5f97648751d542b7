-- The language a story is written in, as its source says (a BCP 47 tag such as en-GB), for
-- stories from web pages; null where the source does not say.
ALTER TABLE story ADD COLUMN language VARCHAR(35);
