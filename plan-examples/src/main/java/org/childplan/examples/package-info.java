/**
 * The bundled example plans: four real published documents encoded faithfully, and four complete fictional plans,
 * one per jurisdiction, listed by {@link org.childplan.examples.ExamplePlans}.
 */
package org.childplan.examples;
