package org.dialogue.meetings.application;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.dialogue.meetings.domain.minutes.MinutesVersion;

/**
 * Two saved versions of a draft side by side: one row per line, each side with the changed words marked. The marks
 * are {@code <del>} and {@code <ins>} around escaped text (the generator's default line normaliser escapes the lines' own HTML), so the web
 * page may show the sides as HTML.
 */
public record VersionComparison(int olderNumber, Instant olderSavedAt, String olderSavedBy, int newerNumber,
        Instant newerSavedAt, String newerSavedBy, List<Row> rows) implements Serializable {

    /** One line of the comparison. {@code kind} is EQUAL, CHANGE, INSERT or DELETE. */
    public record Row(String kind, String olderHtml, String newerHtml) implements Serializable {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    static VersionComparison of(MinutesVersion older, MinutesVersion newer) {
        List<DiffRow> diff = GENERATOR.generateDiffRows(lines(older.getContent()), lines(newer.getContent()));
        List<Row> rows = diff.stream()
                .map(r -> new Row(r.getTag().name(), r.getOldLine(), r.getNewLine())).toList();
        return new VersionComparison(older.getNumber(), older.getSavedAt(), older.getSavedBy(), newer.getNumber(),
                newer.getSavedAt(), newer.getSavedBy(), rows);
    }

    /** Whether any line differs. */
    public boolean hasChanges() {
        return rows.stream().anyMatch(r -> !"EQUAL".equals(r.kind()));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
