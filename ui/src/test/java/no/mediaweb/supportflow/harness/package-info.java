/**
 * The benchmark and fault harness (issue 7): a workload driver that pushes tickets through the real
 * workflow with simulated agents and customers, a bare-engine baseline, and a fuzz run over the REST
 * intake and the customer links. Run only from its bin/ commands, never from the test suite.
 */
package no.mediaweb.supportflow.harness;
