/**
 * The service-provider interface for report formats: implement {@link org.childplan.reports.spi.ReportWriter} and
 * list it in {@code META-INF/services/org.childplan.reports.spi.ReportWriter}. The built-in formats, text included,
 * are provided the same way.
 *
 * @since 0.1
 */
package org.childplan.reports.spi;
