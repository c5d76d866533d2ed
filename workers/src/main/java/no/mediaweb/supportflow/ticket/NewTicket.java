package no.mediaweb.supportflow.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a customer sends to open a ticket. The plan comes from the account, never from here. */
public record NewTicket(
    @NotBlank(message = "Enter the e-mail address of your Mediaweb account")
        @Email(message = "Enter a valid e-mail address")
        @Size(max = 254, message = "The e-mail address is too long")
        String accountEmail,
    @NotBlank(message = "Enter a subject")
        @Size(min = 5, max = 200, message = "The subject must be 5 to 200 characters long")
        String subject,
    @NotBlank(message = "Describe the problem")
        @Size(max = 20000, message = "The description must be at most 20000 characters long")
        String description,
    @NotNull(message = "Choose a priority") Priority priority,
    /** Optional; {@link Category#OTHER} when left out. */
    Category category,
    /** Optional; {@link TechnicalDetails#NONE} when left out. */
    @Valid TechnicalDetails technicalDetails) {

  public NewTicket {
    category = category == null ? Category.OTHER : category;
    technicalDetails = technicalDetails == null ? TechnicalDetails.NONE : technicalDetails;
  }

  public NewTicket(String accountEmail, String subject, String description, Priority priority, Category category) {
    this(accountEmail, subject, description, priority, category, TechnicalDetails.NONE);
  }

  public NewTicket(String accountEmail, String subject, String description, Priority priority) {
    this(accountEmail, subject, description, priority, Category.OTHER);
  }

  public NewTicket withTechnicalDetails(TechnicalDetails details) {
    return new NewTicket(accountEmail, subject, description, priority, category, details);
  }
}
