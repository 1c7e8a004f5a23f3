/**
 * The childplan Maven plugin: the {@code check} goal checks a project's plan documents in the build.
 *
 * <p>See {@link org.childplan.maven.CheckMojo} for the parameters.
 */
package org.childplan.maven;
