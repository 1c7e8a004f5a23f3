/**
 * How plan documents are scanned, bound and translated into located errors; not API, may change at any time.
 */
package org.childplan.model.internal.io;
