/**
 * The testkit's plumbing: reading case files from the class path and patching base plans. Not for use outside the
 * testkit.
 */
package org.childplan.rules.testkit.internal;
