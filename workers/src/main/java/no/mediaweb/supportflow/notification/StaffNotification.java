package no.mediaweb.supportflow.notification;

import java.time.Instant;

public record StaffNotification(long id, long ticketId, String ticketNumber, String message, Instant createdAt) {}
