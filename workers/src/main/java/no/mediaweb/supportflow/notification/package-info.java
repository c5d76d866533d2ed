/** In-app notifications for staff, such as a ticket of theirs becoming at risk of breaching its SLA. */
package no.mediaweb.supportflow.notification;
