/**
 * The bundled example plans: the seed documents encoded faithfully, and two complete fictional plans, listed by
 * {@link org.childplan.examples.ExamplePlans}.
 */
package org.childplan.examples;
