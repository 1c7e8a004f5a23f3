package org.childplan.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.List;
import org.childplan.model.Plan;
import org.childplan.model.validation.ReferencesResolve;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link ReferencesResolve}: one violation per dangling reference, where the reference is written. */
public final class ReferencesResolveValidator implements ConstraintValidator<ReferencesResolve, Plan> {

    private static final String KEY = "org.childplan.model.validation.ReferencesResolve.";
    private static final String LIST_ELEMENT = "<list element>";

    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        List<PlanReferences.Dangling> dangling = PlanReferences.dangling(plan);
        if (dangling.isEmpty()) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        for (PlanReferences.Dangling each : dangling) {
            PlanReferences.Reference reference = each.reference();
            String owner = reference.ownerIndex() == null
                    ? Subjects.single(reference.owner())
                    : Subjects.element(plan, reference.owner(), reference.ownerIndex());
            String template = "{" + KEY + reference.kind().name() + "}";
            if (each.suggestion() != null) {
                template += " {" + KEY + "suggestion}";
            }
            hibernate.addMessageParameter("owner", owner)
                    .addMessageParameter("target", reference.target())
                    .addMessageParameter("suggestion", each.suggestion() == null ? "" : each.suggestion())
                    .withDynamicPayload(reference.target());
            addAt(hibernate.buildConstraintViolationWithTemplate(template), reference);
        }
        return false;
    }

    private static void addAt(ConstraintViolationBuilder builder, PlanReferences.Reference reference) {
        NodeBuilderCustomizableContext property = builder.addPropertyNode(reference.owner())
                .addPropertyNode(reference.property());
        if (reference.ownerIndex() == null && reference.position() == null) {
            property.addConstraintViolation();
        } else if (reference.ownerIndex() == null) {
            property.addContainerElementNode(LIST_ELEMENT, List.class, 0)
                    .inIterable().atIndex(reference.position())
                    .addConstraintViolation();
        } else if (reference.position() == null) {
            property.inIterable().atIndex(reference.ownerIndex()).addConstraintViolation();
        } else {
            property.inIterable().atIndex(reference.ownerIndex())
                    .addContainerElementNode(LIST_ELEMENT, List.class, 0)
                    .inIterable().atIndex(reference.position())
                    .addConstraintViolation();
        }
    }
}
