/**
 * The writers behind {@link org.childplan.reports.ReportRenderers}; not part of the API.
 *
 * @since 0.1
 */
package org.childplan.reports.internal;
