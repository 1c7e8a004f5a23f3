package org.childplan.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.internal.validation.MissingValues;
import org.childplan.model.Plan;
import org.childplan.model.internal.validation.ChildplanMessageInterpolator;
import org.childplan.model.internal.validation.PathSteps;
import org.childplan.model.internal.validation.Sentences;
import org.childplan.model.io.PlanDocument;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Checks that a {@link Plan} is well formed: required parts given, text not blank, dates in order, ids well formed and
 * unique, every cross-reference resolving.
 *
 * <p>Whether a plan meets the statutory duties of its jurisdiction is not checked here; that is for the rule packs.
 * A validator is immutable and safe to share between threads; {@link #create()} returns one built once per class
 * loader. It uses Hibernate Validator with parameter-only message interpolation, so it needs no Expression Language
 * implementation, and reads its messages from childplan's own bundle, so it cannot clash with an application's
 * {@code ValidationMessages}.
 *
 * <pre>{@code
 * List<PlanViolation> violations = PlanValidator.create().validate(plan);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanValidator {

    /**
     * Whether a value the model requires, or an element of a list, is missing anywhere in {@code plan}: a quick
     * screen, a small part of the cost of {@link #validate(Plan)}, for code that must not run rules over such a plan.
     * When it finds something, validate to learn what and where.
     */
    public static boolean hasMissingValues(Plan plan) {
        return MissingValues.in(Objects.requireNonNull(plan, "plan"));
    }


    /** Constraints whose messages are whole sentences already, naming the element they concern. */
    private static final Set<Class<? extends Annotation>> SENTENCE_CONSTRAINTS =
            Set.of(UniqueIds.class, ReferencesResolve.class);

    private final Validator validator;

    private PlanValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * The plan validator.
     *
     * @return the validator, shared by every caller
     */
    public static PlanValidator create() {
        return Shared.INSTANCE;
    }

    /**
     * Every way in which {@code plan} is not well formed, ordered as {@link PlanViolation} orders them; an empty list when
     * it is well formed.
     *
     * @param plan the plan to check
     * @return the violations, unmodifiable
     * @throws NullPointerException when {@code plan} is null
     */
    public List<PlanViolation> validate(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return validator.validate(plan).stream()
                .map(violation -> toPlanViolation(plan, violation))
                .sorted()
                .toList();
    }

    /**
     * Every way in which the plan of {@code document} is not well formed, each placed at the line and column where the
     * element concerned (or, when it is absent, its nearest written ancestor) is written.
     *
     * @param document the plan as read from its file
     * @return the violations, unmodifiable, ordered as {@link #validate(Plan)} orders them
     */
    public List<PlanViolation> validate(PlanDocument document) {
        return validate(document.plan()).stream()
                .map(violation -> document.locationOf(violation.pointer()).map(violation::at).orElse(violation))
                .toList();
    }

    /**
     * Returns {@code plan} when it is well formed.
     *
     * <p>A plan built in code rather than read from a file has no file to place its violations in; the exception's
     * source names the plan by its id instead (for example {@code plan 'moray-csp-2017-2020'}), and each violation
     * has its JSON Pointer.
     *
     * @param plan the plan to check
     * @return {@code plan}
     * @throws InvalidPlanException when the plan is not well formed, with every violation
     * @throws NullPointerException when {@code plan} is null
     */
    public Plan requireValid(Plan plan) throws InvalidPlanException {
        List<PlanViolation> violations = validate(plan);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(nameOf(plan), violations);
        }
        return plan;
    }

    /** The name a plan built in code goes by in messages, having no file name. */
    private static String nameOf(Plan plan) {
        return plan.id() == null || plan.id().isBlank() ? "plan without an id" : "plan '" + plan.id() + "'";
    }

    /**
     * Returns {@code document} when its plan is well formed.
     *
     * @param document the plan as read from its file
     * @return {@code document}
     * @throws InvalidPlanException when the plan is not well formed, with every violation located in the file
     */
    public PlanDocument requireValid(PlanDocument document) throws InvalidPlanException {
        List<PlanViolation> violations = validate(document);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(document.source(), violations);
        }
        return document;
    }

    private static PlanViolation toPlanViolation(Plan plan, ConstraintViolation<Plan> violation) {
        List<PathSteps.Step> steps = PathSteps.of(violation.getPropertyPath());
        Class<? extends Annotation> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        String message = SENTENCE_CONSTRAINTS.contains(constraint)
                ? violation.getMessage()
                : Sentences.about(plan, steps, violation.getMessage());
        return new PlanViolation(PathSteps.pointer(steps), message, constraint.getSimpleName(), valueOf(violation));
    }

    private static String valueOf(ConstraintViolation<Plan> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        String payload = hibernate.getDynamicPayload(String.class);
        if (payload != null) {
            return payload;
        }
        Object value = violation.getInvalidValue();
        boolean scalar = value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof TemporalAccessor;
        return scalar ? value.toString() : null;
    }

    /** Builds the validator on first use; the factory lives as long as the class. */
    private static final class Shared {
        private static final PlanValidator INSTANCE = new PlanValidator(build());

        private static Validator build() {
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ChildplanMessageInterpolator())
                    .buildValidatorFactory();
            return factory.getValidator();
        }
    }
}
