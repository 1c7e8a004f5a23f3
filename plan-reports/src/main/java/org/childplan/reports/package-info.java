/**
 * Writes compliance reports for build pipelines and readers: SARIF, JUnit XML, Markdown, HTML and JSON.
 *
 * <p>Start with {@link org.childplan.reports.ReportRenderers}.
 *
 * @since 0.1
 */
package org.childplan.reports;
