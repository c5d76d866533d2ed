/**
 * Quality-review screens: the QA queue and review screen, an agent's QA results and disputes, the
 * QA leads' dispute decisions, and calibration with each reviewer's deviation from the group.
 */
package no.mediaweb.supportflow.ui.qa;
