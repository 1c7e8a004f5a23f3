/**
 * The reference floor: a fixed core of the Scotland rule pack's checks written as plain Java, kept in the benchmark
 * module only so that the cost of the rule engine can be read against the cost of the checks themselves.
 */
package org.childplan.benchmarks.floor;
