-- The short answer a reply stated before its quotes ("The President", "Yes") and its kind
-- ("person", "yes-no", ...), as the composer made them: follow-up questions read them from here,
-- never from the rendered answer text.
ALTER TABLE answer ADD COLUMN short_answer VARCHAR(2000);
ALTER TABLE answer ADD COLUMN short_answer_kind VARCHAR(20);
