package org.childplan.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanFormat;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.internal.PlanDiffWriter;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;

/**
 * What changed between two versions of a plan, and which findings appeared, went or changed: the review of an annual
 * update in one page.
 *
 * <p>Elements are compared on the plan as the model reads it, not on the file's text, so that a comment, a quoted
 * value or a reordered key is no change. Each change names the element by its JSON Pointer and the line it is written
 * on: in the new version for an element added or changed, in the old one for an element removed. Elements of a list
 * are matched by their {@code id} (or, for lists of elements without one, their {@code title}) when every element of
 * both versions has a distinct one, so that inserting a priority does not show every later priority as changed; other
 * lists are matched by equal elements, then by position.
 *
 * <p>Findings are matched by rule: a finding of the same rule with the same message and outcome is the same finding
 * even when its element moved; one of the same rule on the same element whose message, outcome or severity differs
 * has {@linkplain FindingChangeKind#CHANGED changed}; any other {@linkplain FindingChangeKind#APPEARED appeared} or
 * {@linkplain FindingChangeKind#WENT went}.
 *
 * <p>Build one with {@link #between(PlanDocument, ComplianceReport, PlanDocument, ComplianceReport)} and write it with
 * {@link #toText()}, {@link #toMarkdown()} or {@link #toJson()}; the JSON form carries {@code diffVersion}
 * ({@link #DIFF_VERSION}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanDiff {

    /** The version of the JSON form written by {@link #toJson()}; raised when that form changes incompatibly. */
    public static final String DIFF_VERSION = "1";

    // Numbers are read as the model holds them, exact decimals: read as doubles, 1e400 and 2e400 were both infinite and
    // 1350000.0000000001 was 1350000.0, so a change was missed or misstated.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** The list fields by which elements of a list are matched, in order of preference. */
    private static final List<String> LIST_KEYS = List.of("id", "title");

    private final PlanDocument oldDocument;
    private final ComplianceReport oldReport;
    private final PlanDocument newDocument;
    private final ComplianceReport newReport;
    private final List<ElementChange> elements;
    private final List<FindingChange> findings;

    private PlanDiff(PlanDocument oldDocument, ComplianceReport oldReport, PlanDocument newDocument,
            ComplianceReport newReport, List<ElementChange> elements, List<FindingChange> findings) {
        this.oldDocument = oldDocument;
        this.oldReport = oldReport;
        this.newDocument = newDocument;
        this.newReport = newReport;
        this.elements = List.copyOf(elements);
        this.findings = List.copyOf(findings);
    }

    /**
     * The changes from {@code oldDocument}, checked as {@code oldReport}, to {@code newDocument}, checked as
     * {@code newReport}.
     *
     * @throws NullPointerException when any argument is null
     */
    public static PlanDiff between(PlanDocument oldDocument, ComplianceReport oldReport, PlanDocument newDocument,
            ComplianceReport newReport) {
        Objects.requireNonNull(oldDocument, "oldDocument");
        Objects.requireNonNull(oldReport, "oldReport");
        Objects.requireNonNull(newDocument, "newDocument");
        Objects.requireNonNull(newReport, "newReport");
        List<ElementChange> elements = new ArrayList<>();
        new ElementDiffer(oldDocument, newDocument, elements).compare(tree(oldDocument), tree(newDocument), "", "");
        return new PlanDiff(oldDocument, oldReport, newDocument, newReport, elements,
                findingChanges(oldReport.findings(), newReport.findings()));
    }

    /** The old version, as read. */
    public PlanDocument oldDocument() {
        return oldDocument;
    }

    /** The report of the old version. */
    public ComplianceReport oldReport() {
        return oldReport;
    }

    /** The new version, as read. */
    public PlanDocument newDocument() {
        return newDocument;
    }

    /** The report of the new version. */
    public ComplianceReport newReport() {
        return newReport;
    }

    /** The elements added, removed and changed, in the order of the plan model. */
    public List<ElementChange> elements() {
        return elements;
    }

    /**
     * The findings that went, then those that appeared, then those that changed, each in the order of
     * {@link Finding#REPORT_ORDER}.
     */
    public List<FindingChange> findings() {
        return findings;
    }

    /** The element changes of {@code kind}. */
    public List<ElementChange> elements(ChangeKind kind) {
        return elements.stream().filter(change -> change.kind() == kind).toList();
    }

    /** The finding changes of {@code kind}. */
    public List<FindingChange> findings(FindingChangeKind kind) {
        return findings.stream().filter(change -> change.kind() == kind).toList();
    }

    /** Whether nothing changed: no element and no finding. */
    public boolean isEmpty() {
        return elements.isEmpty() && findings.isEmpty();
    }

    /** The changes as plain text for a terminal, one line per change, control characters shown escaped. */
    public String toText() {
        return PlanDiffWriter.plainText(this);
    }

    /** The changes as GitHub-flavoured Markdown, for a pull-request comment or a review paper. */
    public String toMarkdown() {
        return PlanDiffWriter.markdown(this);
    }

    /** The changes as JSON, with {@code diffVersion} {@value #DIFF_VERSION}. */
    public String toJson() {
        return PlanDiffWriter.json(this);
    }

    /**
     * What happened to an element.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum ChangeKind {
        /** The element is in the new version only. */
        ADDED,
        /** The element is in the old version only. */
        REMOVED,
        /** The element is in both, with another value. */
        CHANGED
    }

    /**
     * What happened to a finding.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum FindingChangeKind {
        /** The new version has the finding, the old one did not. */
        APPEARED,
        /** The old version had the finding, the new one does not. */
        WENT,
        /** Both have a finding of the rule on the element, with another message, outcome or severity. */
        CHANGED
    }

    /**
     * One element added, removed or changed.
     *
     * @param kind what happened to it
     * @param oldPointer its JSON Pointer in the old version, or {@code null} when added
     * @param newPointer its JSON Pointer in the new version, or {@code null} when removed
     * @param oldLocation where the old version writes it, or {@code null} when added or unknown
     * @param newLocation where the new version writes it, or {@code null} when removed or unknown
     * @param oldValue its old value as JSON text, or {@code null} when added
     * @param newValue its new value as JSON text, or {@code null} when removed
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record ElementChange(ChangeKind kind, String oldPointer, String newPointer, SourceLocation oldLocation,
            SourceLocation newLocation, String oldValue, String newValue) {

        /** Checks that the kind is given, and that each side is given exactly when the kind says it exists. */
        public ElementChange {
            Objects.requireNonNull(kind, "kind");
            if ((oldPointer == null) != (kind == ChangeKind.ADDED) || (oldValue == null) != (kind == ChangeKind.ADDED)) {
                throw new IllegalArgumentException("an element " + kind + " has an old pointer and value exactly when"
                        + " it is not added");
            }
            if ((newPointer == null) != (kind == ChangeKind.REMOVED)
                    || (newValue == null) != (kind == ChangeKind.REMOVED)) {
                throw new IllegalArgumentException("an element " + kind + " has a new pointer and value exactly when"
                        + " it is not removed");
            }
        }

        /** The element's pointer in the version that has it: the new one, unless it was removed. */
        public String pointer() {
            return newPointer != null ? newPointer : oldPointer;
        }

        /** Where the element is written in the version that has it: the new one, unless it was removed. */
        public Optional<SourceLocation> location() {
            return Optional.ofNullable(kind == ChangeKind.REMOVED ? oldLocation : newLocation);
        }
    }

    /**
     * One finding that appeared, went or changed.
     *
     * @param kind what happened to it
     * @param oldFinding the finding in the old version's report, or {@code null} when it appeared
     * @param newFinding the finding in the new version's report, or {@code null} when it went
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record FindingChange(FindingChangeKind kind, Finding oldFinding, Finding newFinding) {

        /** Checks that the kind is given, and that each finding is given exactly when the kind says it exists. */
        public FindingChange {
            Objects.requireNonNull(kind, "kind");
            if ((oldFinding == null) != (kind == FindingChangeKind.APPEARED)
                    || (newFinding == null) != (kind == FindingChangeKind.WENT)) {
                throw new IllegalArgumentException("a finding that " + kind + " has an old finding exactly when it did"
                        + " not appear and a new one exactly when it did not go");
            }
        }

        /** The finding as it stands: the new one, unless it went. */
        public Finding finding() {
            return newFinding != null ? newFinding : oldFinding;
        }

        /** The id of the rule that found it. */
        public String ruleId() {
            return finding().ruleId();
        }
    }

    private static JsonNode tree(PlanDocument document) {
        try {
            return MAPPER.readTree(PlanDocuments.write(document.plan(), PlanFormat.JSON));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether both are numbers of one value, whatever their scale: 2, 2.0 and 2.00 are one amount. */
    private static boolean sameNumber(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    private static String json(JsonNode node) {
        return node.toString();
    }

    private static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Walks both trees in step, recording each difference. */
    private record ElementDiffer(PlanDocument oldDocument, PlanDocument newDocument, List<ElementChange> changes) {

        void compare(JsonNode oldNode, JsonNode newNode, String oldPointer, String newPointer) {
            if (oldNode.equals(newNode) || sameNumber(oldNode, newNode)) {
                return;
            }
            if (oldNode.isObject() && newNode.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> oldFields = oldNode.fields();
                while (oldFields.hasNext()) {
                    Map.Entry<String, JsonNode> field = oldFields.next();
                    JsonNode newValue = newNode.get(field.getKey());
                    if (newValue == null) {
                        removed(field.getValue(), child(oldPointer, field.getKey()));
                    } else {
                        compare(field.getValue(), newValue, child(oldPointer, field.getKey()),
                                child(newPointer, field.getKey()));
                    }
                }
                Iterator<Map.Entry<String, JsonNode>> newFields = newNode.fields();
                while (newFields.hasNext()) {
                    Map.Entry<String, JsonNode> field = newFields.next();
                    if (!oldNode.has(field.getKey())) {
                        added(field.getValue(), child(newPointer, field.getKey()));
                    }
                }
            } else if (oldNode.isArray() && newNode.isArray()) {
                compareLists(oldNode, newNode, oldPointer, newPointer);
            } else {
                changes.add(new ElementChange(ChangeKind.CHANGED, oldPointer, newPointer, oldLocation(oldPointer),
                        newLocation(newPointer), json(oldNode), json(newNode)));
            }
        }

        private void compareLists(JsonNode oldList, JsonNode newList, String oldPointer, String newPointer) {
            Optional<String> key = LIST_KEYS.stream().filter(name -> keyedBy(oldList, name) && keyedBy(newList, name))
                    .findFirst();
            BiPredicate<JsonNode, JsonNode> same = key
                    .<BiPredicate<JsonNode, JsonNode>>map(name -> (a, b) -> a.get(name).equals(b.get(name)))
                    .orElse(JsonNode::equals);
            boolean[] oldMatched = new boolean[oldList.size()];
            boolean[] newMatched = new boolean[newList.size()];
            int[] partner = new int[oldList.size()];
            for (int i = 0; i < oldList.size(); i++) {
                for (int j = 0; j < newList.size(); j++) {
                    if (!newMatched[j] && same.test(oldList.get(i), newList.get(j))) {
                        oldMatched[i] = true;
                        newMatched[j] = true;
                        partner[i] = j;
                        break;
                    }
                }
            }
            if (key.isEmpty() && !allScalar(oldList) && !allScalar(newList)) {
                // Elements without a key that are not equal: pair what is left by position, as an edit in place.
                int j = 0;
                for (int i = 0; i < oldList.size(); i++) {
                    if (oldMatched[i]) {
                        continue;
                    }
                    while (j < newList.size() && newMatched[j]) {
                        j++;
                    }
                    if (j == newList.size()) {
                        break;
                    }
                    oldMatched[i] = true;
                    newMatched[j] = true;
                    partner[i] = j;
                }
            }
            for (int i = 0; i < oldList.size(); i++) {
                String oldChild = oldPointer + "/" + i;
                if (oldMatched[i]) {
                    compare(oldList.get(i), newList.get(partner[i]), oldChild, newPointer + "/" + partner[i]);
                } else {
                    removed(oldList.get(i), oldChild);
                }
            }
            for (int j = 0; j < newList.size(); j++) {
                if (!newMatched[j]) {
                    added(newList.get(j), newPointer + "/" + j);
                }
            }
        }

        private void added(JsonNode value, String pointer) {
            changes.add(new ElementChange(ChangeKind.ADDED, null, pointer, null, newLocation(pointer), null,
                    json(value)));
        }

        private void removed(JsonNode value, String pointer) {
            changes.add(new ElementChange(ChangeKind.REMOVED, pointer, null, oldLocation(pointer), null, json(value),
                    null));
        }

        private SourceLocation oldLocation(String pointer) {
            return oldDocument.locationOf(pointer).orElse(null);
        }

        private SourceLocation newLocation(String pointer) {
            return newDocument.locationOf(pointer).orElse(null);
        }

        private static boolean keyedBy(JsonNode list, String name) {
            Set<JsonNode> keys = new HashSet<>();
            for (JsonNode element : list) {
                JsonNode value = element.get(name);
                if (!element.isObject() || value == null || !value.isValueNode() || !keys.add(value)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean allScalar(JsonNode list) {
            for (JsonNode element : list) {
                if (!element.isValueNode()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<FindingChange> findingChanges(List<Finding> oldFindings, List<Finding> newFindings) {
        List<Finding> gone = new ArrayList<>(oldFindings);
        List<Finding> come = new ArrayList<>(newFindings);
        // The same finding, on the same element or on one that moved.
        pairAndDrop(gone, come, (a, b) -> a.ruleId().equals(b.ruleId()) && a.pointer().equals(b.pointer())
                && a.message().equals(b.message()) && a.outcome() == b.outcome() && a.severity() == b.severity());
        pairAndDrop(gone, come, (a, b) -> a.ruleId().equals(b.ruleId()) && a.message().equals(b.message())
                && a.outcome() == b.outcome() && a.severity() == b.severity());
        List<FindingChange> changed = new ArrayList<>();
        for (Iterator<Finding> old = gone.iterator(); old.hasNext();) {
            Finding before = old.next();
            for (Iterator<Finding> now = come.iterator(); now.hasNext();) {
                Finding after = now.next();
                if (before.ruleId().equals(after.ruleId()) && before.pointer().equals(after.pointer())) {
                    changed.add(new FindingChange(FindingChangeKind.CHANGED, before, after));
                    old.remove();
                    now.remove();
                    break;
                }
            }
        }
        List<FindingChange> changes = new ArrayList<>();
        gone.forEach(finding -> changes.add(new FindingChange(FindingChangeKind.WENT, finding, null)));
        come.forEach(finding -> changes.add(new FindingChange(FindingChangeKind.APPEARED, null, finding)));
        changes.addAll(changed);
        return Collections.unmodifiableList(changes);
    }

    private static void pairAndDrop(List<Finding> gone, List<Finding> come, BiPredicate<Finding, Finding> same) {
        for (Iterator<Finding> old = gone.iterator(); old.hasNext();) {
            Finding before = old.next();
            for (Iterator<Finding> now = come.iterator(); now.hasNext();) {
                if (same.test(before, now.next())) {
                    old.remove();
                    now.remove();
                    break;
                }
            }
        }
    }
}
