package org.childplan.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.childplan.model.Plan;
import org.childplan.model.validation.UniqueIds;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link UniqueIds}: one violation per repeated id, at the repeated id. */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, Plan> {

    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        List<DuplicateIds.Duplicate> duplicates = DuplicateIds.in(plan);
        if (duplicates.isEmpty()) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        for (DuplicateIds.Duplicate duplicate : duplicates) {
            IdList<?> list = duplicate.list();
            String noun = list.noun();
            hibernate.addMessageParameter("subject",
                            Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + (duplicate.index() + 1))
                    .addMessageParameter("id", duplicate.id())
                    .addMessageParameter("first", Subjects.byPosition(plan, list, duplicate.firstIndex()))
                    .addMessageParameter("noun", noun)
                    .withDynamicPayload(duplicate.id())
                    .buildConstraintViolationWithTemplate("{org.childplan.model.validation.UniqueIds.duplicate}")
                    .addPropertyNode(list.property())
                    .addPropertyNode("id").inIterable().atIndex(duplicate.index())
                    .addConstraintViolation();
        }
        return false;
    }
}
