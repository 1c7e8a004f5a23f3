package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.cli.internal.RuleCatalogue;
import org.childplan.cli.internal.Skeleton;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.ReviewCriterion;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

class ExplainCommandTests {

    private static final String PERIOD_RULE = "SCO-CYPSA-S8-THREE-YEAR-PERIOD";

    /** What {@code explain} says of the evidence for {@code ruleId}, with the skeletons' templates as given. */
    private static String evidence(String ruleId, java.util.function.Function<Skeleton, String> templates) {
        RuleDescriptor rule = RulePacks.available().stream().flatMap(pack -> RulePacks.catalogue(pack).stream())
                .filter(described -> described.id().equals(ruleId)).findFirst().orElseThrow();
        StringWriter text = new StringWriter();
        ExplainCommand.evidence(new PrintWriter(text), rule, templates);
        return text.toString();
    }

    /** The Scottish children's services plan's skeleton with no part read by the period rule. */
    private static String withoutPeriodRule(Skeleton skeleton) {
        return skeleton.template().replace(PERIOD_RULE, "SCO-CYPSA-S8-LATE-START");
    }

    @Test
    void aRuleTheSkeletonMeetsIsShownWithThePartThatMeetsIt() {
        assertThat(evidence(PERIOD_RULE, Skeleton::template)).startsWith("  Evidence:     period; the skeleton of "
                + "'childplan init --jurisdiction scotland --kind childrens_services_plan' meets it with:");
    }

    @Test
    void aRuleTheSkeletonDoesNotMeetAsWrittenIsSaidToApplyToItsPlansNotToBeOutsideThem() {
        Skeleton scottish = Skeleton.of(Jurisdiction.SCOTLAND, DocumentKind.CHILDRENS_SERVICES_PLAN).orElseThrow();

        String said = evidence(PERIOD_RULE, skeleton -> skeleton != scottish ? skeleton.template()
                : "# Not met as written (the values are examples; give the plan's own): SCO-CYPSA-S8-LATE-START,\n#   "
                        + PERIOD_RULE + ".\n" + withoutPeriodRule(skeleton));

        assertThat(said).isEqualTo("  Evidence:     the skeleton of 'childplan init --jurisdiction scotland --kind "
                + "childrens_services_plan' does not meet it as written: its values are examples, and the plan's own "
                + "must meet it (see the remedy)" + System.lineSeparator());
    }

    @Test
    void aRuleNoSkeletonReadsOrNamesIsSaidNotToApplyToThePlansItWrites() {
        assertThat(evidence(PERIOD_RULE, ExplainCommandTests::withoutPeriodRule))
                .startsWith("  Evidence:     no skeleton of 'childplan init' shows it; it does not apply");
    }

    @Test
    void aRuleIsExplainedWithItsTitleCitationSeverityDatesKindsRemedyAndReviewCriteria() {
        RulePack pack = RulePacks.available().stream().filter(p -> !p.reviewCriteria().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no pack has review criteria"));
        ReviewCriterion criterion = pack.reviewCriteria().stream().filter(c -> !c.ruleIds().isEmpty()).findFirst()
                .orElseThrow();
        RuleDescriptor rule = RulePacks.catalogue(pack).stream()
                .filter(r -> r.id().equals(criterion.ruleIds().get(0))).findFirst().orElseThrow();

        CliRun run = CliRun.of("explain", rule.id().toLowerCase(java.util.Locale.ROOT));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList().get(0)).isEqualTo(rule.id() + " \u2014 " + rule.title());
        assertThat(run.out())
                .contains((rule.severity() == Severity.INFO ? "Source:       " : "Legal source: ")
                        + rule.citation().instrument() + ", " + rule.citation().provision() + " <"
                        + rule.citation().url() + ">")
                .contains("Severity:     " + rule.severity() + " \u2014 ")
                .contains("In force:     from " + rule.inForceFrom())
                .contains("Remedy:       " + rule.remedy())
                .contains("Rule pack:    " + pack.title())
                .contains("    " + criterion.id() + " " + criterion.title() + ": " + criterion.question());
    }

    @Test
    void aRuleOfPracticeIsNotExplainedAsLawNorItsSourceAsALegalOne() {
        String practice = CliRun.of("explain", "SCO-PRACTICE-MEASURE-BASELINE-TARGET").out();

        assertThat(practice).contains("  Source:       Children and Young People (Scotland) Act 2014, s13(1)")
                .contains("  Basis:        recognised practice, not a duty: the rule checks a practice that serves the"
                        + " text, whose word is \"must\"")
                .doesNotContain("Legal source").doesNotContain("Basis:        the law");
    }

    @Test
    void aDutyIsExplainedWithTheWordsOfItsTextAsTheCatalogueQuotesThemAndWhenTheyWereRead() {
        RuleCatalogue catalogue = RuleCatalogue.shipped();
        RuleDescriptor duty = RulePacks.available().stream().flatMap(pack -> RulePacks.catalogue(pack).stream())
                .filter(rule -> rule.severity() == Severity.ERROR)
                .filter(rule -> rule.catalogueEntry().flatMap(catalogue::entry)
                        .filter(entry -> entry.operative().equals(java.util.Optional.of("must"))
                                && !entry.quotes().isEmpty() && entry.lastRead().isPresent())
                        .isPresent())
                .findFirst().orElseThrow();
        RuleCatalogue.Entry entry = catalogue.entry(duty.catalogueEntry().orElseThrow()).orElseThrow();

        String explained = CliRun.of("explain", duty.id()).out();

        assertThat(explained).contains("  Legal source: " + duty.citation().instrument())
                .contains("  Words:        \"" + entry.quotes().get(0) + "\"")
                .contains("  Read:         on " + entry.lastRead().orElseThrow())
                .contains("; rule catalogue entry " + entry.id())
                .contains("  Basis:        the law: the text says \"must\", a duty\n");
    }

    @Test
    void theBasisFollowsTheTextsWordAndSaysWhereTheRulesSeverityDiffersFromIt() {
        assertThat(ExplainCommand.basis(Severity.ERROR, java.util.Optional.of("must")))
                .isEqualTo("the law: the text says \"must\", a duty");
        assertThat(ExplainCommand.basis(Severity.WARNING, java.util.Optional.of("should")))
                .isEqualTo("the text says \"should\": an expectation, not a duty");
        assertThat(ExplainCommand.basis(Severity.INFO, java.util.Optional.of("may")))
                .isEqualTo("the text says \"may\": a power or recognised practice, not a duty");
        assertThat(ExplainCommand.basis(Severity.ERROR, java.util.Optional.of("defines")))
                .isEqualTo("the text defines what a duty covers; the duty is the one the title names");
        assertThat(ExplainCommand.basis(Severity.WARNING, java.util.Optional.of("must")))
                .isEqualTo("the law: the text says \"must\", a duty; this rule is WARNING, below the ERROR the text's"
                        + " word gives");
        assertThat(ExplainCommand.basis(Severity.ERROR, java.util.Optional.of("should")))
                .isEqualTo("the text says \"should\": an expectation, not a duty; this rule is ERROR, above the"
                        + " WARNING the text's word gives");
        assertThat(ExplainCommand.basis(Severity.INFO, java.util.Optional.of("should")))
                .isEqualTo("recognised practice, not a duty: the rule checks a practice that serves the text, whose"
                        + " word is \"should\"");
        assertThat(ExplainCommand.basis(Severity.WARNING, java.util.Optional.empty()))
                .isEqualTo("an expectation: what the law or its statutory guidance says a plan should do");
    }

    @Test
    void aRuleOfNoReviewCriterionSaysSo() {
        RuleDescriptor rule = RulePacks.available().stream()
                .flatMap(pack -> RulePacks.catalogue(pack).stream().filter(r -> pack.reviewCriteria().stream()
                        .noneMatch(c -> c.ruleIds().contains(r.id()))))
                .findFirst().orElseThrow();

        CliRun run = CliRun.of("explain", rule.id());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  Review criteria: none");
    }

    @Test
    void anUnknownIdExitsTwoNamingTheNearestIds() {
        CliRun run = CliRun.of("explain", "SCO-CYPSA-S8-CHILDRENS-SERVICE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("SCO-CYPSA-S8-CHILDRENS-SERVICE: no such rule; did you mean "
                + "SCO-CYPSA-S8-CHILDRENS-SERVICES");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anIdFarFromEveryRuleExitsTwoWithoutSuggestions() {
        CliRun run = CliRun.of("explain", "X");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("X: no such rule; 'childplan rules' lists them");
    }

    @Test
    void aRuleOfComingLawIsExplainedAsNotYetInForceWithItsCommencement() {
        CliRun run = CliRun.of("explain", "SCO-CCCESPSA2026-S60-INTEGRATION-JOINT-BOARD");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  In force:     not yet in force: prospective");
    }

    @Test
    void aCommencedRuleNamesHowItCameIntoForce() {
        CliRun run = CliRun.of("explain", "SCO-UNCRC2024-S6-CHILDRENS-RIGHTS");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  In force:     from 2024-07-16, still in force")
                .contains("  Commencement: s47(2)(a): six months after Royal Assent on 16 January 2024");
    }

    @Test
    void aRuleIsExplainedWithThePartsOfAPlanThatMeetItAsYaml() {
        CliRun run = CliRun.of("explain", "SCO-CYPSA-S8-THREE-YEAR-PERIOD");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\n  Evidence:     period; the skeleton of 'childplan init --jurisdiction"
                + " scotland --kind childrens_services_plan' meets it with:\\n    period:\\n      start: \\d{4}-04-01\\n"
                + "      end: \\d{4}-03-31\\n");
    }

    @Test
    void aRuleNotYetDueInTheSkeletonIsExplainedWithItsPartWrittenOut() {
        CliRun run = CliRun.of("explain", "SCO-CYPSA-S13-ANNUAL-REPORT");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  Evidence:     annualReports; ", "\n    annualReports:\n      - title: ")
                .doesNotContain("    # annualReports");
    }

    @Test
    void aRuleThatReadsSeveralPartsShowsEach() {
        CliRun run = CliRun.of("explain", "SCO-CYPSA-S9-EARLY-ACTION");

        assertThat(run.out()).contains("  Evidence:     priorities, actions; ", "\n    priorities:\n",
                "\n    actions:\n");
    }

    @Test
    void aRuleNoLongerInForceSaysNoSkeletonShowsIt() {
        CliRun run = CliRun.of("explain", "ENG-SI2005-2149-R4-2A-VISION");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  Evidence:     no skeleton of 'childplan init' shows it");
    }

    @Test
    void anUnfinishedIdNamesTheRuleItBegins() {
        CliRun run = CliRun.of("explain", "SCO-CYPSA-S8-CHILDREN");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("SCO-CYPSA-S8-CHILDREN: no such rule; did you mean "
                + "SCO-CYPSA-S8-CHILDRENS-SERVICES");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theIdOfASectionNamesAFewOfItsRules() {
        List<String> section = ids().stream().filter(id -> id.startsWith("SCO-CYPSA-S8-")).toList();

        CliRun run = CliRun.of("explain", "SCO-CYPSA-S8");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(suggested(run.err())).hasSize(Math.min(5, section.size())).isSubsetOf(section);
    }

    @Test
    void aPartOfAnIdNamesTheRulesThatContainIt() {
        CliRun run = CliRun.of("explain", "children-engaged");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(suggested(run.err())).contains("SCO-SG2020-P4-CHILDREN-ENGAGED")
                .allMatch(id -> id.contains("CHILDREN-ENGAGED"));
    }

    @Test
    void aGlobMatchingSeveralRulesSaysExplainTakesOneIdAndNamesTheMatches() {
        long scottish = ids().stream().filter(id -> id.startsWith("SCO-")).count();

        CliRun run = CliRun.of("explain", "SCO-*");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("SCO-*: explain takes one rule id; the glob matches " + scottish + " rules: SCO-")
                .contains(" and " + (scottish - 10) + " more; 'childplan rules' lists them");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aGlobMatchingFewRulesNamesEach() {
        List<String> section = ids().stream().filter(id -> id.startsWith("SCO-CYPSA-S8-")).toList();

        CliRun run = CliRun.of("explain", "sco-cypsa-s8-*");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("sco-cypsa-s8-*: explain takes one rule id; the glob matches "
                + section.size() + " rules: " + String.join(", ", section) + "; 'childplan rules' lists them");
    }

    @Test
    void aGlobMatchingOneRuleExplainsIt() {
        CliRun run = CliRun.of("explain", "SCO-CYPSA-S8-CHILD*");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("SCO-CYPSA-S8-CHILDRENS-SERVICES \u2014 ");
    }

    @Test
    void aGlobMatchingNoRuleSaysSo() {
        CliRun run = CliRun.of("explain", "NOPE-*");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("NOPE-*: matches no rule; 'childplan rules' lists them");
    }

    private static List<String> ids() {
        return RulePacks.catalogue().stream().map(RuleDescriptor::id).toList();
    }

    /** The ids after "did you mean" in {@code err}. */
    private static List<String> suggested(String err) {
        Matcher matcher = Pattern.compile("did you mean (.*)\\?").matcher(err);
        assertThat(matcher.find()).as(err).isTrue();
        return List.of(matcher.group(1).split(", "));
    }
}
