package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.SourceLocation;
import org.junit.jupiter.api.Test;

class LocatedViolationsTests {

    private static final String DANGLING_LEAD = """
            id: glenbrae-csp
            title: Glenbrae children's services plan
            area: Glenbrae
            jurisdiction: SCOTLAND
            status: DRAFT
            bodies:
              - {id: glenbrae-council, name: Glenbrae Council, type: LOCAL_AUTHORITY, role: JOINT_PREPARER}
            actions:
              - id: family-hubs
                title: Open family hubs
                lead: glenbrae-councl
            """;

    private final PlanValidator validator = PlanValidator.create();

    @Test
    void aViolationInAPlanReadFromAFileIsPlacedAtTheLineAndColumnOfTheOffendingElement() throws Exception {
        PlanDocument document = PlanDocuments.read(DANGLING_LEAD, "plans/glenbrae.yaml");

        assertThat(validator.validate(document)).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/actions/0/lead");
            assertThat(violation.location()).contains(new SourceLocation("plans/glenbrae.yaml", 11, 5));
            assertThat(violation.toString()).startsWith("plans/glenbrae.yaml:11:5: /actions/0/lead: Action 'family-hubs'");
        });
    }

    @Test
    void aViolationOfAPlanBuiltInCodeHasNoLocation() throws Exception {
        PlanDocument document = PlanDocuments.read(DANGLING_LEAD, "plans/glenbrae.yaml");

        assertThat(validator.validate(document.plan())).singleElement()
                .satisfies(violation -> assertThat(violation.location()).isEmpty());
    }

    @Test
    void requiringAValidPlanThrowsATypedReadErrorThatNamesBothEndsOfADanglingReference() throws Exception {
        PlanDocument document = PlanDocuments.read(DANGLING_LEAD, "plans/glenbrae.yaml");

        assertThatThrownBy(() -> validator.requireValid(document))
                .isInstanceOfSatisfying(InvalidPlanException.class, error -> {
                    assertThat(error.kind()).isEqualTo(PlanReadException.Kind.INVALID);
                    assertThat(error.line()).isEqualTo(11);
                    assertThat(error.violations()).hasSize(1);
                })
                .hasMessageStartingWith("plans/glenbrae.yaml:11:5: /actions/0/lead: ")
                .hasMessageContaining("family-hubs")
                .hasMessageContaining("glenbrae-councl");
    }

    @Test
    void requiringAValidPlanReturnsTheDocumentWhenThePlanIsWellFormed() throws Exception {
        PlanDocument document = PlanDocuments.read(
                DANGLING_LEAD.replace("lead: glenbrae-councl", "lead: glenbrae-council"), "plans/glenbrae.yaml");

        assertThat(validator.requireValid(document)).isSameAs(document);
    }
}
