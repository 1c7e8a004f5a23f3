package org.childplan.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.reports.internal.NationalScorecardWriter;
import org.childplan.reports.internal.ReviewScorecard;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Score;

/**
 * Plans scored on the criteria of their nation's review of children's services plans, and the national table the
 * reviewers publish: for each criterion, how many plans fully, partly or do not meet it (and how many it could not
 * assess).
 *
 * <p>Written as text, JSON, Markdown or HTML ({@link Format}); the HTML page shows the table and a heat map of plans
 * against criteria, each cell naming its score in words.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NationalScorecard {

    /** The forms the national scorecard is written in. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Format {
        /** For a person at a terminal: each plan's scores, then the table (over several plans). */
        TEXT,
        /** For programs: {@code plans} (each with its {@code criteria}) and {@code counts} per criterion. */
        JSON,
        /** For job summaries and documents: the table, then plans against criteria. */
        MARKDOWN,
        /** For a board: one self-contained page with the table and a heat map of plans against criteria. */
        HTML;

        /** The format named {@code name} (any case), or empty when none is. */
        public static java.util.Optional<Format> named(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name)) {
                    return java.util.Optional.of(format);
                }
            }
            return java.util.Optional.empty();
        }

        /** The format's name as typed on a command line, for example {@code html}. */
        public String typed() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final List<ComplianceReport> reports;
    private final List<ReviewScorecard> scorecards;

    private NationalScorecard(List<ComplianceReport> reports) {
        this.reports = List.copyOf(reports);
        this.scorecards = this.reports.stream().map(ReviewScorecard::of).toList();
    }

    /** The scorecards of the plans {@code reports} describe, in their order. */
    public static NationalScorecard of(List<ComplianceReport> reports) {
        Objects.requireNonNull(reports, "reports");
        return new NationalScorecard(reports);
    }

    /** The reports of the plans scored, in the order given. */
    public List<ComplianceReport> reports() {
        return reports;
    }

    /**
     * For each criterion ({@code "<id> <title>"}, in the order first met), how many plans have each score; every
     * score is present, with 0 when no plan has it.
     */
    public Map<String, Map<Score, Integer>> counts() {
        Map<String, Map<Score, Integer>> counts = new LinkedHashMap<>();
        for (ReviewScorecard scorecard : scorecards) {
            for (ReviewScorecard.Row row : scorecard.rows()) {
                counts.computeIfAbsent(row.id() + " " + row.title(), key -> {
                    Map<Score, Integer> zero = new EnumMap<>(Score.class);
                    for (Score score : Score.values()) {
                        zero.put(score, 0);
                    }
                    return zero;
                }).merge(row.score().score(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Writes the scorecards in {@code format} to {@code out}, which is left open. */
    public void write(Format format, Writer out) throws IOException {
        Objects.requireNonNull(format, "format");
        NationalScorecardWriter writer = new NationalScorecardWriter(reports, new ArrayList<>(scorecards), counts());
        switch (format) {
            case TEXT -> writer.text(out);
            case JSON -> writer.json(out);
            case MARKDOWN -> writer.markdown(out);
            case HTML -> writer.html(out);
            default -> throw new IllegalArgumentException(format.name());
        }
        out.flush();
    }
}
