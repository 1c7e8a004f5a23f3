/**
 * The {@code childplan} command line: {@code validate}, {@code check} and {@code rules}, with the exit codes of
 * {@link org.childplan.cli.ExitCode}. Build it with {@link org.childplan.cli.Cli#commandLine}.
 */
package org.childplan.cli;
