/**
 * Structural validation of plans: whether a plan is well formed, as opposed to whether it meets the statutory duties
 * of its jurisdiction (which is for the rule packs of {@code plan-rules}).
 *
 * <p>{@link org.childplan.model.validation.PlanValidator} is the entry point; it reports each problem as a
 * {@link org.childplan.model.validation.PlanViolation} carrying the JSON Pointer of the offending element and a
 * sentence a planning officer understands. The constraint annotations in this package are placed on the model's
 * records; their validators live in {@code org.childplan.model.internal.validation}.
 *
 * <p>Messages live in childplan's own bundle ({@code org/childplan/model/validation/ChildplanValidationMessages}),
 * keyed by each constraint's full name, not in the root {@code ValidationMessages} an application may ship. A
 * {@code jakarta.validation.Validator} built elsewhere still runs these constraints but shows their message keys; use
 * {@code PlanValidator} for the sentences.
 */
package org.childplan.model.validation;
