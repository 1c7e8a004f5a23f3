package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Period;
import org.childplan.rules.Citation;
import org.childplan.rules.LawChange;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.spi.RulePack;
import org.childplan.rules.england.EnglandRulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LawChangesTests {

    private static final Period ALL_TIME = new Period(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31), null);

    private static LawChanges england;
    private static LocalDate firstChange;

    @BeforeAll
    static void loadTheEnglandPack() {
        england = LawChanges.of(List.of(LoadedPack.load(new EnglandRulePack())));
        firstChange = england.within(ALL_TIME).get(0).date();
    }

    @Test
    void theChangesOfAPackWithRulesThatStartAndStopAreInDateOrder() {
        List<LocalDate> days = england.within(ALL_TIME).stream().map(LawChange::date).toList();

        assertThat(days).hasSizeGreaterThan(1).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aChangeOnTheLastDayOfThePeriodIsWithinIt() {
        Period endingOnTheChange = new Period(firstChange.minusYears(1), firstChange, null);

        assertThat(england.within(endingOnTheChange)).extracting(LawChange::date).containsExactly(firstChange);
    }

    @Test
    void aChangeOnTheFirstDayOfThePeriodIsTheLawThePlanStartsUnderNotAChangeWithinIt() {
        Period startingOnTheChange = new Period(firstChange, firstChange.plusDays(1), null);

        assertThat(england.within(startingOnTheChange)).isEmpty();
    }

    @Test
    void aChangeTheDayAfterThePeriodEndsIsNotWithinIt() {
        Period endingTheDayBefore = new Period(firstChange.minusYears(1), firstChange.minusDays(1), null);

        assertThat(england.within(endingTheDayBefore)).isEmpty();
    }

    @Test
    void aPlanWithoutAPeriodOrWithoutItsEndHasNoChanges() {
        assertThat(england.within(null)).isEmpty();
        assertThat(england.within(new Period(firstChange.minusYears(1), null, null))).isEmpty();
    }

    private static RuleDescriptor rule(String id, LocalDate from, RuleBasis basis) {
        return new RuleDescriptor(id, "A rule", Severity.WARNING,
                new Citation("Acme Council Performance Framework 2024", "para 3.2", "https://www.acme.example/framework"),
                from, null, "Do it.", Jurisdiction.SCOTLAND, "acme", EnumSet.allOf(DocumentKind.class), basis);
    }

    private record LocalPack(List<Regime> regimes) implements RulePack {
        public String id() {
            return "acme";
        }

        public String title() {
            return "Acme Council Performance Framework 2024";
        }

        public String version() {
            return "1";
        }

        public Jurisdiction jurisdiction() {
            return Jurisdiction.SCOTLAND;
        }

        public String rulePackage() {
            return "org.acme.rules";
        }

        public String executableModelIndex() {
            return "META-INF/kie/none";
        }
    }

    @Test
    void aLocalStandardThatComesIntoForceWithinThePeriodIsNotAChangeInTheLaw() {
        LocalDate midPeriod = LocalDate.of(2025, 6, 1);
        List<RuleDescriptor> rules = List.of(rule("ACME-EARLY", LocalDate.of(2024, 4, 1), RuleBasis.LOCAL_STANDARD),
                rule("ACME-LATER", midPeriod, RuleBasis.LOCAL_STANDARD));

        LawChanges changes = LawChanges.of(rules, LoadedPack.regimes(new LocalPack(List.of()), rules));

        assertThat(changes.within(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), null))).isEmpty();
    }

    @Test
    void aLawRuleBesideALocalStandardStillChangesTheLawAndTheChangeNamesOnlyTheLaw() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        RuleDescriptor law = rule("SCO-LATER", day, RuleBasis.LAW);
        RuleDescriptor local = rule("ACME-LATER", day, RuleBasis.LOCAL_STANDARD);

        List<LawChange> changes = LawChanges.of(List.of(law, local), List.of())
                .within(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), null));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.rulesStarting()).containsExactly("SCO-LATER");
            assertThat(change.description()).doesNotContain("ACME-LATER");
        });
    }

    @Test
    void aPackOfLocalStandardsHasNoRegimeEvenWhenItDeclaresOne() {
        List<RuleDescriptor> rules = List.of(rule("ACME-EARLY", LocalDate.of(2024, 4, 1), RuleBasis.LOCAL_STANDARD));
        Regime declared = new Regime("Acme framework", "Acme Council Performance Framework 2024",
                "https://www.acme.example/framework", LocalDate.of(2024, 4, 1), null);

        assertThat(LoadedPack.regimes(new LocalPack(List.of()), rules)).isEmpty();
        assertThat(LoadedPack.regimes(new LocalPack(List.of(declared)), rules)).isEmpty();
    }

    @Test
    void aPackWithoutDeclaredRegimesBeginsItsRegimeWithItsFirstRuleOfLawNotItsFirstLocalStandard() {
        List<RuleDescriptor> rules = List.of(rule("ACME-EARLY", LocalDate.of(2020, 1, 1), RuleBasis.LOCAL_STANDARD),
                rule("ACME-LAW", LocalDate.of(2024, 4, 1), RuleBasis.LAW));

        assertThat(LoadedPack.regimes(new LocalPack(List.of()), rules)).singleElement()
                .extracting(Regime::inForceFrom).isEqualTo(LocalDate.of(2024, 4, 1));
    }
}
