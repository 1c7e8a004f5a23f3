/**
 * Checks a children's services plan against the statutory duties of its jurisdiction: {@link
 * org.childplan.rules.PlanChecker} runs the rule packs and returns a {@link org.childplan.rules.ComplianceReport}.
 *
 * <p>Rule packs are Drools rule bases compiled to the executable model at build time; the catalogue of their rules
 * is read through {@link org.childplan.rules.RulePacks}.
 */
package org.childplan.rules;
