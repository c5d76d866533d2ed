package no.mediaweb.supportflow.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TechnicalDetails;

/**
 * Body of {@code POST /api/v1/tickets}. The plan is looked up from the account, never sent; a
 * Starter account's {@code CRITICAL} is filed as {@code HIGH} and the answer says so.
 */
public record CreateTicketRequest(
    @NotBlank @Email @Size(max = 254) String accountEmail,
    @NotBlank @Size(min = 5, max = 200) String subject,
    @NotBlank @Size(max = 20000) String description,
    @NotNull Priority priority,
    /** Optional: what the problem is about; {@link Category#OTHER} when left out. */
    Category category,
    /** Optional: operating system, browser, device, connection, when it started, what failed. */
    @Valid TechnicalDetails technicalDetails) {

  NewTicket toNewTicket() {
    return new NewTicket(accountEmail, subject, description, priority, category, technicalDetails);
  }
}
