package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.childplan.model.Jurisdiction;
import org.junit.jupiter.api.Test;

class ExecutableModelTests {

    @Test
    void theDrlCompilerIsNotOnTheRunTimeClassPathSoNoRuleIsCompiledWhenACheckerStarts() {
        assertThatThrownBy(() -> Class.forName("org.drools.compiler.kie.builder.impl.KieBuilderImpl"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.drools.compiler.builder.impl.KnowledgeBuilderImpl"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.drools.mvel.MVELConstraint"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aCheckerStartsFromTheExecutableModelAndRunsItsRules() {
        org.childplan.model.Plan plan = TestPlans.compliant();
        long start = System.nanoTime();
        PlanChecker checker = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
        Duration startUp = Duration.ofNanos(System.nanoTime() - start);

        start = System.nanoTime();
        ComplianceReport first = checker.check(plan);
        Duration firstCheck = Duration.ofNanos(System.nanoTime() - start);
        for (int i = 0; i < 50; i++) {
            checker.check(plan);
        }
        start = System.nanoTime();
        int warmChecks = 200;
        for (int i = 0; i < warmChecks; i++) {
            checker.check(plan);
        }
        Duration warmCheck = Duration.ofNanos(System.nanoTime() - start).dividedBy(warmChecks);
        // Printed for the README's start-up figure; the JMH benchmark module measures it properly.
        System.out.printf("checker start-up %d ms, first check %d ms, warm check %d us%n",
                startUp.toMillis(), firstCheck.toMillis(), warmCheck.toNanos() / 1000);

        assertThat(checker.rules()).isNotEmpty();
        assertThat(first.asOf()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(checker.rules()).allSatisfy(rule ->
                assertThat(first.outcomeOf(rule.id())).as("outcome of %s", rule.id()).isPresent());
    }
}
