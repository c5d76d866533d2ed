/** The queues' assignment routing: managers and admins set each queue's strategy and cap here. */
package no.mediaweb.supportflow.ui.queues;
