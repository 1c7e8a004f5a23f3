/**
 * The England rule pack and the Java its rules call.
 */
package org.childplan.rules.england;
