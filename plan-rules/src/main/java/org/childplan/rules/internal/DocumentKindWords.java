package org.childplan.rules.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.childplan.model.DocumentKind;
import org.childplan.rules.RuleDescriptor;

/** The words a reader of a report or of the rule reference uses for the kinds of document a rule governs. */
final class DocumentKindWords {

    private DocumentKindWords() {
    }

    /** {@code kind} with its article, for example {@code a service redesign}. */
    static String of(DocumentKind kind) {
        // An exhaustive switch, so that a kind added to the model does not compile until it has words.
        return switch (kind) {
            case CHILDRENS_SERVICES_PLAN -> "a children's services plan";
            case CHILDREN_AND_YOUNG_PEOPLES_PLAN -> "a Children and Young People's Plan";
            case PLAN_UPDATE -> "an update or review of a plan";
            case SERVICE_REDESIGN -> "a service redesign";
            case STRATEGY -> "a strategy";
            case AREA_PLAN -> "an area plan";
            case SAFEGUARDING_ARRANGEMENTS -> "safeguarding arrangements";
            case SAFEGUARDING_REPORT -> "a yearly report on safeguarding arrangements";
            case ANNUAL_SUFFICIENCY_PLAN -> "an annual sufficiency plan";
            case REVISED_PLAN -> "a revised plan";
        };
    }

    /** The kinds {@code rule} governs, for example {@code a children's services plan or an update or review of a plan}. */
    static String governedBy(RuleDescriptor rule) {
        if (rule.documentKinds().equals(EnumSet.allOf(DocumentKind.class))) {
            return "any document";
        }
        List<String> words = rule.documentKinds().stream().map(DocumentKindWords::of).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /**
     * Why {@code rule} does not apply to a document of {@code kind}, for example {@code governs a children's services
     * plan or an update or review of a plan; this document is a service redesign}; empty when it governs that kind (and always
     * for a document of no stated kind, which is taken to be the statutory plan).
     */
    static Optional<String> notGovernedReason(RuleDescriptor rule, DocumentKind kind) {
        if (rule.governs(kind)) {
            return Optional.empty();
        }
        return Optional.of("governs " + governedBy(rule) + "; this document is " + of(kind));
    }
}
