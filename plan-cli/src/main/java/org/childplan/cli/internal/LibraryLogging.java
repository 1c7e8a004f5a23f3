package org.childplan.cli.internal;

/**
 * Where the log lines of the libraries the command uses go: nowhere by default, standard error with {@code --verbose}.
 *
 * <p>Drools logs through SLF4J, bound to slf4j-simple, whose {@code simplelogger.properties} turns every line off.
 * Hibernate Validator logs through JBoss Logging, which would otherwise print its INFO line to standard error through
 * {@code java.util.logging}; it is routed to SLF4J too. Both must be set before the first logger is made, which is
 * when a plan is first read or validated, after the command line is parsed.
 */
public final class LibraryLogging {

    private LibraryLogging() {
    }

    /** Routes JBoss Logging to SLF4J, so that every library logs through one place that is off unless asked. */
    public static void routeToSlf4j() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    /** Shows the libraries' log lines of level INFO and above on standard error. */
    public static void showOnStandardError() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
}
