package org.storybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads paragraphs back with their story's title, their sentences and the vectors of both. */
final class ParagraphReads {

    private ParagraphReads() {
    }

    /** Every paragraph of one story, by number, in order. */
    static Map<Integer, StoredParagraph> ofStory(Connection c, String storyId) throws SQLException {
        List<ParagraphKey> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number FROM paragraph WHERE story_id = ? ORDER BY number")) {
            s.setString(1, storyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new ParagraphKey(storyId, rs.getInt(1)));
                }
            }
        }
        Map<Integer, StoredParagraph> byNumber = new LinkedHashMap<>();
        for (StoredParagraph p : of(c, keys)) {
            byNumber.put(p.number(), p);
        }
        return byNumber;
    }

    /**
     * The given paragraphs and their sentences: two queries however many stories they come from,
     * each a join that looks the keys up in the primary-key indexes.
     */
    static List<StoredParagraph> of(Connection c, Collection<ParagraphKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] storyIds = keys.stream().map(ParagraphKey::storyId).toArray(String[]::new);
        Integer[] numbers = keys.stream().map(ParagraphKey::number).toArray(Integer[]::new);
        String wanted = "UNNEST(CAST(? AS VARCHAR ARRAY), CAST(? AS INT ARRAY)) AS k(story_id, number)";
        record Row(String storyId, int number, String section, String text, String title, float[] vector) {
        }
        Map<ParagraphKey, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.story_id, p.number, p.section, p.text, s.title, e.vector "
                + "FROM " + wanted + " JOIN paragraph p ON p.story_id = k.story_id AND p.number = k.number "
                + "JOIN story s ON s.id = p.story_id LEFT JOIN embedding e ON e.id = CONCAT(p.story_id, '#', p.number) "
                + "ORDER BY p.story_id, p.number")) {
            s.setArray(1, c.createArrayOf("VARCHAR", storyIds));
            s.setArray(2, c.createArrayOf("INTEGER", numbers));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byte[] vector = rs.getBytes(6);
                    Row row = new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            vector == null ? null : Vectors.normalized(Vectors.fromBytes(vector)));
                    rows.put(new ParagraphKey(row.storyId(), row.number()), row);
                }
            }
        }
        Map<ParagraphKey, List<StoredParagraph.StoredSentence>> sentences = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.story_id, t.paragraph_number, t.number, t.start_offset, "
                + "t.end_offset, t.embedding FROM " + wanted + " JOIN sentence t "
                + "ON t.story_id = k.story_id AND t.paragraph_number = k.number "
                + "ORDER BY t.story_id, t.paragraph_number, t.number")) {
            s.setArray(1, c.createArrayOf("VARCHAR", storyIds));
            s.setArray(2, c.createArrayOf("INTEGER", numbers));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ParagraphKey key = new ParagraphKey(rs.getString(1), rs.getInt(2));
                    Row paragraph = rows.get(key);
                    if (paragraph == null) {
                        continue;
                    }
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    sentences.computeIfAbsent(key, k -> new ArrayList<>()).add(new StoredParagraph.StoredSentence(
                            rs.getInt(3), start, end, paragraph.text().substring(start, end),
                            Vectors.normalized(Vectors.fromBytes(rs.getBytes(6)))));
                }
            }
        }
        List<StoredParagraph> result = new ArrayList<>(rows.size());
        for (Map.Entry<ParagraphKey, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            result.add(new StoredParagraph(r.storyId(), r.title(), r.number(), r.section(), r.text(), r.vector(),
                    sentences.getOrDefault(e.getKey(), List.of())));
        }
        return result;
    }
}
