/**
 * The Scotland rule pack and the Java its rules call.
 */
package org.childplan.rules.scotland;
