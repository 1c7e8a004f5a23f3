/**
 * Executable documentation: how to embed childplan in a program, from one plan to a folder of plans on all cores.
 */
package org.childplan.examples.embedding;
