package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Period;
import org.childplan.rules.LawChange;
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
}
