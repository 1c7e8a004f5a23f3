/**
 * The children's services plan as immutable records, and the statutory vocabularies (aims, wellbeing indicators,
 * outcomes) as enums that cite their legal source.
 *
 * <p>The model describes what a plan says; it does not judge it. Well-formedness is checked by
 * {@code org.childplan.model.validation}; statutory duties by the rule packs of {@code plan-rules}.
 */
package org.childplan.model;
