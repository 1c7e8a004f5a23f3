/**
 * Reading and writing plan documents (YAML and JSON): {@link org.childplan.model.io.PlanDocuments} reads with located,
 * typed errors ({@link org.childplan.model.io.PlanReadException}) within {@link org.childplan.model.io.ReadLimits},
 * keeps where every element was written ({@link org.childplan.model.io.PlanDocument#locationOf(String)}) and writes
 * stable output; {@link org.childplan.model.io.ChildplanModule} maps the model for an embedder's own
 * {@code ObjectMapper}; {@link org.childplan.model.io.PlanSchema} locates the generated JSON Schema.
 */
package org.childplan.model.io;
