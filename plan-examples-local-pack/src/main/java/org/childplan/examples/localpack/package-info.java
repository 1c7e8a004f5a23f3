/**
 * An example of a rule pack of an area's own standards, kept beside the law: a council's priorities each have a
 * measure with a target.
 */
package org.childplan.examples.localpack;
