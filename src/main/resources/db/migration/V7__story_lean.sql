-- The outlet's political lean or bias rating as the article's metadata gives it ("Left", "Center",
-- an AllSides rating), shown next to the outlet when stories are compared; null where it says none.
ALTER TABLE story ADD COLUMN lean VARCHAR(60);
