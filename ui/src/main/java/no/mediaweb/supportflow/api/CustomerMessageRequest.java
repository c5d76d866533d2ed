package no.mediaweb.supportflow.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/tickets/{number}/messages}: the customer's message. */
public record CustomerMessageRequest(
    @NotBlank(message = "Write a message") @Size(max = 20000, message = "The message must be at most 20000 characters long")
        String body) {}
