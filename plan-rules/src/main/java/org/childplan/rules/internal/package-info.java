/**
 * Drools plumbing of the engine: loading the executable model, inserting facts, judging legal force against the
 * as-of date, collecting findings and writing reports. Not part of the API; may change without notice.
 */
package org.childplan.rules.internal;
