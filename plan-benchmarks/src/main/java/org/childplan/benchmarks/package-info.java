/**
 * JMH benchmarks of the plan checker: start-up, one warm check, throughput on one and two threads, and growth with
 * plan size, each beside the plain-Java floor of {@link org.childplan.benchmarks.floor}. Run them from
 * {@code plan-benchmarks/target/benchmarks.jar}; see the module's README for the command and the figures.
 */
package org.childplan.benchmarks;
