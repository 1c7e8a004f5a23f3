/**
 * The workings of the childplan Maven plugin: reading its parameters, finding plan files, naming report files and
 * summing a report up in a line. Not API: may change in any release.
 */
package org.childplan.maven.internal;
