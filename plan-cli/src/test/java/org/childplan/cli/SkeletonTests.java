package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childplan.cli.internal.Skeleton;
import org.childplan.cli.internal.StructuralProblems;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.MetRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.RulePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The skeletons of {@code childplan init} hold together with the rule packs: each is a well-formed plan that meets
 * every rule in force for it but for duties not yet due and the rules its opening comment says it does not meet, and
 * the rule ids its comments name are exactly those the packs' own evidence shows reading each part. Those comments are
 * written from the rule packs ({@link SkeletonComments}) by the command that regenerates what is pinned, so that a new
 * rule needs no hand edit of a skeleton; the diff shows what the new rule asks of the skeleton.
 */
class SkeletonTests {

    private static final LocalDate TODAY = SkeletonComments.TODAY;
    private static final String REGENERATE = "after review, regenerate everything pinned from the repository root with "
            + "mvn -B -pl plan-rules-testkit,plan-examples,plan-cli -am verify -Dchildplan.updateDocs=true "
            + "-Dchildplan.updateExpected=true";

    /**
     * With {@code childplan.updateDocs}, writes each template's comments again from the rule packs, in the sources and
     * in the class path this run reads, before any test reads a template.
     */
    @BeforeAll
    static void regenerateTheCommentsWhenAsked() throws IOException {
        if (!Boolean.getBoolean("childplan.updateDocs")) {
            return;
        }
        for (Skeleton skeleton : Skeleton.values()) {
            String regenerated = SkeletonComments.regenerate(skeleton);
            Files.writeString(SkeletonComments.source(skeleton), regenerated, StandardCharsets.UTF_8);
            Path built = Path.of("target/classes/org/childplan/cli/skeletons", skeleton.resourceName());
            if (Files.exists(built)) {
                Files.writeString(built, regenerated, StandardCharsets.UTF_8);
            }
        }
    }

    private static Map<String, Set<String>> readBy(String template) {
        return Skeleton.readBy(template);
    }

    private static PlanDocument read(String text) {
        try {
            return PlanDocuments.read(text, "skeleton.yaml");
        } catch (PlanReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String part(String pointer) {
        return pointer.split("/")[1];
    }

    @ParameterizedTest
    @EnumSource(Skeleton.class)
    void aSkeletonIsAWellFormedPlanOfItsJurisdictionAndKindWithNoPlaceholderLeft(Skeleton skeleton) {
        String text = skeleton.render(skeleton.defaultStart(TODAY));

        assertThat(text).doesNotContain("{{").doesNotContain("}}");
        PlanDocument document = read(text);
        assertThat(StructuralProblems.of(document)).isEmpty();
        assertThat(document.plan().jurisdiction()).isEqualTo(skeleton.jurisdiction());
        assertThat(document.plan().kind()).isEqualTo(skeleton.kind());
        assertThat(document.plan().period().start()).isEqualTo(skeleton.defaultStart(TODAY));
    }

    @ParameterizedTest
    @EnumSource(Skeleton.class)
    void theCommentsOfASkeletonAreThoseItsRulesDecide(Skeleton skeleton) {
        assertThat(skeleton.template())
                .as("the 'Read by' and 'Not met as written' comments of %s; %s", SkeletonComments.source(skeleton),
                        REGENERATE)
                .isEqualTo(SkeletonComments.regenerate(skeleton));
    }

    @ParameterizedTest
    @EnumSource(Skeleton.class)
    void aSkeletonMeetsEveryRuleInForceForItButDutiesNotYetDueAndThoseItSaysItDoesNotMeet(Skeleton skeleton) {
        ComplianceReport report = PlanChecker.forJurisdiction(skeleton.jurisdiction())
                .check(read(skeleton.render(skeleton.defaultStart(TODAY))));

        Set<String> notMet = report.findings().stream().filter(finding -> finding.outcome() != RuleOutcome.NOT_YET_DUE)
                .map(finding -> finding.ruleId()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(notMet).as("the rules %s does not meet, against those its opening comment names; %s",
                skeleton.resourceName(), REGENERATE).isEqualTo(Skeleton.notMetAsWritten(skeleton.template()));
        assertThat(report.met()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Skeleton.class)
    void everyRuleIdTheCommentsNameIsARuleOfThePackThatGovernsTheSkeletonAndIsInForce(Skeleton skeleton) {
        LocalDate start = skeleton.defaultStart(TODAY);
        Map<String, RuleDescriptor> catalogue = RulePacks.forJurisdiction(skeleton.jurisdiction()).stream()
                .flatMap(pack -> RulePacks.catalogue(pack).stream())
                .collect(Collectors.toMap(RuleDescriptor::id, rule -> rule));
        List<String> wrong = new ArrayList<>();
        readBy(skeleton.template()).forEach((part, ids) -> ids.forEach(id -> {
            RuleDescriptor rule = catalogue.get(id);
            if (rule == null) {
                wrong.add(part + ": " + id + " is no rule of the " + skeleton.jurisdiction() + " pack");
            } else if (!rule.governs(skeleton.kind()) || !rule.isInForceOn(start)) {
                wrong.add(part + ": " + id + " does not apply to a " + skeleton.kind() + " starting " + start);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Skeleton.class)
    void eachPartARuleShowsAsEvidenceIsInTheSkeletonAndNamesThatRuleAndNoOther(Skeleton skeleton) {
        String text = skeleton.render(skeleton.defaultStart(TODAY));
        PlanDocument document = read(text);
        ComplianceReport report = PlanChecker.forJurisdiction(skeleton.jurisdiction()).check(document);
        Map<String, Set<String>> named = readBy(skeleton.template());

        Map<String, Set<String>> evidenced = new LinkedHashMap<>();
        for (MetRule met : report.met()) {
            for (Evidence evidence : met.evidence()) {
                if (!evidence.pointer().isEmpty()) {
                    evidenced.computeIfAbsent(part(evidence.pointer()), key -> new TreeSet<>()).add(met.rule().id());
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        evidenced.forEach((part, ids) -> {
            if (document.locationOf("/" + part).isEmpty()) {
                wrong.add(part + ": read by " + ids + " but not in the skeleton");
            }
            Set<String> comment = named.getOrDefault(part, Set.of());
            ids.stream().filter(id -> !comment.contains(id))
                    .forEach(id -> wrong.add(part + ": read by " + id + ", which its comment does not name"));
        });
        Set<String> withEvidence = report.met().stream().filter(met -> !met.evidence().isEmpty())
                .map(met -> met.rule().id()).collect(Collectors.toSet());
        named.forEach((part, ids) -> ids.stream()
                .filter(id -> withEvidence.contains(id) && !evidenced.getOrDefault(part, Set.of()).contains(id))
                .forEach(id -> wrong.add(part + ": the comment names " + id + ", which reads other parts")));
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Skeleton.class)
    void everyRuleThatAppliesToTheSkeletonIsNamedAboveSomePart(Skeleton skeleton) {
        ComplianceReport report = PlanChecker.forJurisdiction(skeleton.jurisdiction())
                .check(read(skeleton.render(skeleton.defaultStart(TODAY))));
        Set<String> named = readBy(skeleton.template()).values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        named.addAll(Skeleton.notMetAsWritten(skeleton.template()));

        Set<String> applied = Stream.of(report.met().stream().map(met -> met.rule().id()),
                        report.findings().stream().map(finding -> finding.ruleId()),
                        report.nothingToCheck().stream().map(nothing -> nothing.rule().id()))
                .flatMap(ids -> ids)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(applied).isNotEmpty();
        assertThat(named).as("rules named above a part of %s or as not met; %s", skeleton.resourceName(), REGENERATE)
                .containsAll(applied);
    }

    @Test
    void theCommentsAreReadAsTheTestReadsThem() {
        String template = "# Period.\n#   Read by: A-ONE, B-TWO,\n#   C-THREE\nperiod:\n  start: x\n"
                + "# Reports.\n#   Read by: D-FOUR\n# annualReports:\n#   - title: x\nid: x\n";

        assertThat(readBy(template)).containsExactly(
                Map.entry("period", Set.of("A-ONE", "B-TWO", "C-THREE")),
                Map.entry("annualReports", Set.of("D-FOUR")));
        assertThatThrownBy(() -> Skeleton.readBy("# Nothing.\n#   Read by: A-ONE\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("A-ONE");
    }

    @Test
    void aPartIsGivenWithoutItsCommentAndACommentedOutPartWrittenOut() {
        LocalDate start = LocalDate.of(2026, 4, 1);

        assertThat(Skeleton.SCOTLAND_CHILDRENS_SERVICES_PLAN.part("period", start))
                .hasValue("period:\n  start: 2026-04-01\n  end: 2029-03-31\n");
        assertThat(Skeleton.SCOTLAND_CHILDRENS_SERVICES_PLAN.part("annualReports", start)).hasValueSatisfying(part ->
                assertThat(part).startsWith("annualReports:\n  - title: ").contains("    coversFrom: 2026-04-01\n")
                        .doesNotContain("#"));
        assertThat(Skeleton.SCOTLAND_CHILDRENS_SERVICES_PLAN.part("reviews", start)).isEmpty();
    }

    @Test
    void aScottishPlanStartsWithAThreeYearPeriodFrom2017AndOthersOnTheNextFirstOfApril() {
        assertThat(Skeleton.SCOTLAND_CHILDRENS_SERVICES_PLAN.defaultStart(TODAY)).isEqualTo("2029-04-01");
        assertThat(Skeleton.SCOTLAND_CHILDRENS_SERVICES_PLAN.defaultStart(LocalDate.of(2026, 4, 1)))
                .isEqualTo("2026-04-01");
        assertThat(Skeleton.ENGLAND_CHILDREN_AND_YOUNG_PEOPLES_PLAN.defaultStart(TODAY)).isEqualTo("2027-04-01");
        assertThat(Skeleton.ENGLAND_CHILDREN_AND_YOUNG_PEOPLES_PLAN.defaultStart(LocalDate.of(2027, 4, 2)))
                .isEqualTo("2028-04-01");
        assertThat(Skeleton.WALES_AREA_PLAN.defaultStart(TODAY)).isEqualTo("2028-04-01");
    }

    @Test
    void theDatesFollowFromTheStartAndThePeriodsLength() {
        Map<String, String> dates = Skeleton.WALES_AREA_PLAN.dates(LocalDate.of(2028, 4, 1));

        assertThat(dates).containsEntry("start", "2028-04-01").containsEntry("end", "2033-03-31")
                .containsEntry("assessed", "2027-10").containsEntry("published", "2028-03-31");
    }
}
