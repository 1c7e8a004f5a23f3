package org.childplan.reports.internal;

import static org.childplan.reports.internal.MarkdownBlocks.cell;
import static org.childplan.reports.internal.MarkdownBlocks.code;
import static org.childplan.reports.internal.MarkdownBlocks.heading;
import static org.childplan.reports.internal.MarkdownBlocks.row;
import static org.childplan.reports.internal.MarkdownBlocks.table;
import static org.childplan.reports.internal.MarkdownBlocks.text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.Counts;
import org.childplan.reports.PlanDiff;
import org.childplan.reports.PlanDiff.ChangeKind;
import org.childplan.reports.PlanDiff.ElementChange;
import org.childplan.reports.PlanDiff.FindingChange;
import org.childplan.reports.PlanDiff.FindingChangeKind;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Writes a {@link PlanDiff} as text, Markdown or JSON.
 *
 * <p>Text and Markdown show a value of more than {@value #SHOWN} characters cut short with an ellipsis, and plan text
 * with control characters escaped ({@link SafeText#forDisplay(String)}); JSON carries every value whole.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanDiffWriter {

    /** The longest value text and Markdown show whole. */
    static final int SHOWN = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    private PlanDiffWriter() {
    }

    /** The diff as plain text, one line per change. */
    public static String plainText(PlanDiff diff) {
        StringBuilder out = new StringBuilder();
        line(out, "Changes from " + describe(diff.oldDocument(), diff.oldReport()) + " to "
                + describe(diff.newDocument(), diff.newReport()));
        line(out, "Elements: " + elementCounts(diff));
        for (ElementChange change : diff.elements()) {
            String values = switch (change.kind()) {
                case ADDED -> shorten(change.newValue());
                case REMOVED -> shorten(change.oldValue());
                case CHANGED -> shorten(change.oldValue()) + " -> " + shorten(change.newValue());
            };
            line(out, String.format(Locale.ROOT, "  %-8s %s %s: %s", words(change.kind()),
                    place(change.location(), source(diff, change.kind() != ChangeKind.REMOVED)),
                    pointer(change.pointer()), values));
        }
        line(out, "Findings: " + findingCounts(diff));
        for (FindingChange change : diff.findings()) {
            Finding finding = change.finding();
            String was = change.kind() == FindingChangeKind.CHANGED ? " (was " + change.oldFinding().severity() + " "
                    + outcome(diff.oldReport(), change.oldFinding()) + ": " + change.oldFinding().message() + ")" : "";
            line(out, String.format(Locale.ROOT, "  %-8s %s %s %s (%s) %s: %s%s", words(change.kind()),
                    place(finding.location(), source(diff, change.kind() != FindingChangeKind.WENT)),
                    finding.severity(), finding.ruleId(), outcome(report(diff, change), finding),
                    pointer(finding.pointer()), finding.message(), was));
        }
        line(out, "Counts: " + Counts.describe(diff.oldReport().counts(), diff.oldReport().waived()) + " before; "
                + Counts.describe(diff.newReport().counts(), diff.newReport().waived()) + " now");
        return out.toString();
    }

    /** The report the finding of {@code change} is in: the old one for a finding that went, else the new one. */
    private static ComplianceReport report(PlanDiff diff, FindingChange change) {
        return change.kind() == FindingChangeKind.WENT ? diff.oldReport() : diff.newReport();
    }

    /** The finding's outcome in words as the check's reports say it: "not shown in the source" in a partial record. */
    private static String outcome(ComplianceReport report, Finding finding) {
        return FindingsByOutcome.words(report, finding.outcome());
    }

    /** The diff as GitHub-flavoured Markdown: a summary, then a table of elements and one of findings. */
    public static String markdown(PlanDiff diff) {
        Document document = new Document();
        document.appendChild(heading(1, "Changes to " + diff.newReport().planTitle()));
        document.appendChild(paragraph(text("From " + describe(diff.oldDocument(), diff.oldReport()) + " to "
                + describe(diff.newDocument(), diff.newReport()) + ".")));
        document.appendChild(heading(2, "Elements: " + elementCounts(diff)));
        if (!diff.elements().isEmpty()) {
            TableBlock table = table("Change", "Where", "Element", "Before", "Now");
            for (ElementChange change : diff.elements()) {
                row(table, cell(text(words(change.kind()))),
                        cell(text(place(change.location(), source(diff, change.kind() != ChangeKind.REMOVED)))),
                        cell(code(pointer(change.pointer()))),
                        cell(change.oldValue() == null ? text("") : code(shorten(change.oldValue()))),
                        cell(change.newValue() == null ? text("") : code(shorten(change.newValue()))));
            }
            document.appendChild(table);
        }
        document.appendChild(heading(2, "Findings: " + findingCounts(diff)));
        if (!diff.findings().isEmpty()) {
            TableBlock table = table("Change", "Rule", "Severity", "Where", "Finding", "Before");
            for (FindingChange change : diff.findings()) {
                Finding finding = change.finding();
                row(table, cell(text(words(change.kind()))), cell(code(finding.ruleId())),
                        cell(text(finding.severity() + " (" + outcome(report(diff, change), finding) + ")")),
                        cell(text(place(finding.location(), source(diff, change.kind() != FindingChangeKind.WENT))
                                + " " + pointer(finding.pointer()))),
                        cell(text(finding.message())),
                        cell(text(change.kind() == FindingChangeKind.CHANGED
                                ? change.oldFinding().severity() + " (" + outcome(diff.oldReport(),
                                        change.oldFinding()) + "): "
                                        + change.oldFinding().message()
                                : "")));
            }
            document.appendChild(table);
        }
        document.appendChild(paragraph(text("Before: " + Counts.describe(diff.oldReport().counts(),
                diff.oldReport().waived()) + ". Now: " + Counts.describe(diff.newReport().counts(),
                diff.newReport().waived()) + ".")));
        return RENDERER.render(document);
    }

    /** The diff as JSON, with {@code diffVersion}. */
    public static String json(PlanDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("diffVersion", PlanDiff.DIFF_VERSION);
        version(root.putObject("old"), diff.oldDocument(), diff.oldReport());
        version(root.putObject("new"), diff.newDocument(), diff.newReport());
        ObjectNode summary = root.putObject("summary");
        for (ChangeKind kind : ChangeKind.values()) {
            summary.put(words(kind), diff.elements(kind).size());
        }
        for (FindingChangeKind kind : FindingChangeKind.values()) {
            summary.put("findings" + capitalised(words(kind)), diff.findings(kind).size());
        }
        ArrayNode elements = root.putArray("elements");
        for (ElementChange change : diff.elements()) {
            ObjectNode node = elements.addObject();
            node.put("change", change.kind().name()).put("pointer", change.pointer());
            change.location().ifPresent(location -> location(node.putObject("location"), location));
            if (change.oldPointer() != null) {
                node.put("oldPointer", change.oldPointer());
                if (change.oldLocation() != null) {
                    location(node.putObject("oldLocation"), change.oldLocation());
                }
                node.set("oldValue", parse(change.oldValue()));
            }
            if (change.newPointer() != null) {
                node.put("newPointer", change.newPointer());
                if (change.newLocation() != null) {
                    location(node.putObject("newLocation"), change.newLocation());
                }
                node.set("newValue", parse(change.newValue()));
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (FindingChange change : diff.findings()) {
            ObjectNode node = findings.addObject();
            node.put("change", change.kind().name()).put("ruleId", change.ruleId());
            if (change.oldFinding() != null) {
                finding(node.putObject("old"), change.oldFinding());
            }
            if (change.newFinding() != null) {
                finding(node.putObject("new"), change.newFinding());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void version(ObjectNode node, PlanDocument document, ComplianceReport report) {
        node.put("source", document.source()).put("planId", report.planId());
        if (report.planTitle() != null) {
            node.put("planTitle", report.planTitle());
        }
        node.put("jurisdiction", report.jurisdiction().name()).put("asOf", report.asOf().toString());
        ObjectNode counts = node.putObject("counts");
        report.counts().forEach((severity, count) -> counts.put(severity.name(), count));
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("severity", finding.severity().name())
                .put("outcome", finding.outcome().name())
                .put("title", finding.title())
                .put("message", finding.message())
                .put("pointer", finding.pointer());
        finding.location().ifPresent(location -> location(node.putObject("location"), location));
    }

    private static void location(ObjectNode node, SourceLocation location) {
        node.put("source", location.source()).put("line", location.line()).put("column", location.column());
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(PlanDocument document, ComplianceReport report) {
        return document.source() + " (" + report.planId() + ", law as of " + report.asOf() + ")";
    }

    private static String elementCounts(PlanDiff diff) {
        return diff.elements(ChangeKind.ADDED).size() + " added, " + diff.elements(ChangeKind.REMOVED).size()
                + " removed, " + diff.elements(ChangeKind.CHANGED).size() + " changed";
    }

    private static String findingCounts(PlanDiff diff) {
        return diff.findings(FindingChangeKind.APPEARED).size() + " appeared, "
                + diff.findings(FindingChangeKind.WENT).size() + " went, "
                + diff.findings(FindingChangeKind.CHANGED).size() + " changed";
    }

    private static String source(PlanDiff diff, boolean newVersion) {
        return (newVersion ? diff.newDocument() : diff.oldDocument()).source();
    }

    private static String place(Optional<SourceLocation> location, String source) {
        return location.map(at -> at.source() + ":" + at.line()).orElse(source);
    }

    private static String pointer(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String words(ChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String words(FindingChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String shorten(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN - 1) + "\u2026";
    }

    private static void line(StringBuilder out, String line) {
        out.append(SafeText.forDisplay(line)).append('\n');
    }

    private static Paragraph paragraph(Node content) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(content);
        return paragraph;
    }

    /** Whitespace runs folded into single spaces, then any other control character shown escaped. */
}
