package no.mediaweb.supportflow.ui.intake;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.mediaweb.supportflow.attachment.AttachmentUploads;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.CustomerPortalService;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.UnknownAccountException;
import no.mediaweb.supportflow.ui.components.AttachmentPicker;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.ViewerTime;

/**
 * The public form where a customer opens a ticket. Checks the input with the request's own bean
 * validation rules, tells the customer when the e-mail is no Mediaweb account, and on success
 * gives the ticket number and the customer's private link to it. Asks for the support page's
 * "information to gather": the technical details, a structured description and attachments.
 */
@Route("new-ticket")
@PageTitle("Open a support ticket · Mediaweb")
@AnonymousAllowed
public class NewTicketView extends Div {

  static final String UNFILLED_DESCRIPTION = "Describe the problem under the headings: what happens, and what you expected";

  private final TicketIntakeService intake;
  private final CustomerPortalService portal;

  private final TextField email = new TextField("Account e-mail");
  private final TextField subject = new TextField("Subject");
  private final Select<Category> category = new Select<>();
  private final Select<Priority> priority = new Select<>();
  private final TextArea description = new TextArea("Description");
  private final TechnicalDetailsField technicalDetails = new TechnicalDetailsField();
  private final AttachmentPicker attachments;
  private final Paragraph notice = new Paragraph();
  private final Button submit = new Button("Open ticket", click -> submit());
  private final BeanValidationBinder<NewTicket> binder = new BeanValidationBinder<>(NewTicket.class);
  private final Map<String, String> unknownAccounts = new HashMap<>();

  private final Div form = new Div();
  private final Div confirmation = new Div();
  private final Paragraph promise = new Paragraph();
  private OpenedTicket opened;
  private Instant promisedBy;
  private Registration promiseRefresh;

  public NewTicketView(TicketIntakeService intake, CustomerPortalService portal, AttachmentUploads uploads) {
    this.intake = intake;
    this.portal = portal;
    this.attachments = new AttachmentPicker(uploads, "attachments");
    addClassName("sf-public-page");

    Span brand = new Span("Mediaweb Support");
    brand.addClassName("sf-brand");
    Div top = new Div(brand);
    top.addClassName("sf-public-header");

    buildForm();
    confirmation.setId("ticket-confirmation");
    confirmation.addClassName("sf-card");
    confirmation.setVisible(false);

    Anchor staff = new Anchor("login", "Mediaweb staff? Log in");
    staff.addClassName("sf-muted");
    add(top, form, confirmation, new Div(staff));
  }

  private void buildForm() {
    email.setId("account-email");
    email.setHelperText("The e-mail address of your Mediaweb account");
    email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
    email.setWidthFull();

    subject.setId("subject");
    subject.setHelperText(SubjectHints.DEFAULT_HELP);
    subject.setValueChangeMode(ValueChangeMode.LAZY);
    subject.addValueChangeListener(event -> subject.setHelperText(SubjectHints.helperFor(event.getValue(), category.getValue())));
    subject.setWidthFull();

    category.setId("category");
    category.setLabel("What is it about?");
    category.setItems(Category.values());
    category.setItemLabelGenerator(Category::label);
    category.setValue(Category.OTHER);
    category.setHelperText("A site that is down, lost data or a breach reaches our emergency team at once");
    category.setWidthFull();
    category.addValueChangeListener(event -> subject.setHelperText(SubjectHints.helperFor(subject.getValue(), event.getValue())));

    priority.setId("priority");
    priority.setLabel("Priority");
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(NewTicketView::priorityLabel);
    priority.setValue(Priority.NORMAL);
    priority.setHelperText("Urgent and Critical are for problems that stop your business; Critical is for Pro and Enterprise plans");
    priority.setWidthFull();

    description.setId("description");
    description.setValue(DescriptionTemplate.TEXT);
    description.setHelperText("Write under each heading. Steps and what you already tried save a round of questions.");
    description.setMinHeight("22em");
    description.setRequiredIndicatorVisible(true);
    description.setWidthFull();

    binder
        .forField(email)
        .asRequired("Enter the e-mail address of your Mediaweb account")
        .withValidator(
            (value, context) -> {
              String known = unknownAccounts.get(normalise(value));
              return known == null ? ValidationResult.ok() : ValidationResult.error(known);
            })
        .bind("accountEmail");
    binder.forField(subject).asRequired("Enter a subject").bind("subject");
    binder.forField(category).asRequired("Choose what the problem is about").bind("category");
    binder.forField(priority).bind("priority");
    binder
        .forField(description)
        .withValidator(value -> !DescriptionTemplate.isUnfilled(value), UNFILLED_DESCRIPTION)
        .bind("description");

    submit.setId("submit-ticket");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickShortcut(Key.ENTER).listenOn(email, subject);

    FormLayout fields = new FormLayout(email, subject, category, priority, description);
    fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

    technicalDetails.setId("technical-details");
    binder.forField(technicalDetails).bind("technicalDetails");
    Paragraph technicalIntro = new Paragraph("Optional, but they save a round of questions.");
    technicalIntro.addClassName("sf-muted");
    Paragraph attachmentsIntro =
        new Paragraph("Screenshots of the whole area with the full error message, a short screen recording (under 5 minutes) "
            + "or the browser console's errors.");
    attachmentsIntro.addClassName("sf-muted");

    H1 title = new H1("Open a support ticket");
    Paragraph intro =
        new Paragraph(
            "Tell us what is wrong with your site. You get a ticket number and a private link where you follow "
                + "the ticket and answer our questions. Our response time depends on your support plan and the priority.");
    intro.addClassName("sf-muted");
    form.add(
        title, intro, fields, new H2("Technical details"), technicalIntro, technicalDetails, new H2("Screenshots, recordings and logs"),
        attachmentsIntro, attachments, submit);
    form.addClassName("sf-card");
  }

  private void submit() {
    if (!binder.validate().isOk()) {
      return;
    }
    // Binder.writeRecord picks any of the record's constructors; NewTicket has several
    NewTicket request =
        new NewTicket(
            email.getValue(), subject.getValue(), description.getValue(), priority.getValue(), category.getValue(),
            technicalDetails.getValue());
    try {
      OpenedTicket ticket = intake.open(request, Channel.WEB, attachments.files());
      attachments.forget();
      show(ticket);
    } catch (UnknownAccountException e) {
      attachments.lost();
      unknownAccounts.put(normalise(request.accountEmail()), e.getMessage());
      binder.validate();
    } catch (ConstraintViolationException e) {
      Toasts.error(e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).findFirst().orElse("Check the form"));
    } catch (BusinessRuleException e) {
      attachments.lost();
      Toasts.error(e.getMessage());
    }
  }

  /** The support page's emergency flags: "Urgent" is High, "Critical" is Critical. */
  static String priorityLabel(Priority priority) {
    return switch (priority) {
      case LOW -> "Low — a question, no hurry";
      case NORMAL -> "Normal — something does not work as expected";
      case HIGH -> "Urgent — a system issue affects my site";
      case CRITICAL -> "Critical — my site is down or data is at risk (Pro and Enterprise)";
    };
  }

  /** For tests: what the upload hands over when a file arrives. */
  AttachmentPicker attachments() {
    return attachments;
  }

  private void show(OpenedTicket ticket) {
    opened = ticket;
    form.setVisible(false);
    confirmation.removeAll();
    Span number = new Span(ticket.number());
    number.setId("ticket-number");
    H2 heading = new H2("Thank you. Your ticket is ");
    heading.add(number);
    promise.setId("first-response-promise");
    promise.setText("We are setting the response target for your plan…");
    Anchor link = new Anchor(ticket.customerLink(), ticket.customerLink());
    link.setId("customer-link");
    Paragraph keep = new Paragraph("Keep this link. It is your page for this ticket: follow its progress and answer our questions there.");
    Button another = new Button("Open another ticket", click -> reset());
    another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    confirmation.add(heading, promise, keep, new Div(link), another);
    if (ticket.notice() != null) {
      notice.setId("priority-notice");
      notice.setText(ticket.notice());
      confirmation.addComponentAtIndex(1, notice);
    }
    confirmation.setVisible(true);
    promiseRefresh = AutoRefresh.install(this, this::refreshPromise);
    refreshPromise();
  }

  /** The first-response target is computed by the workflow a moment after the ticket is opened. */
  private void refreshPromise() {
    if (opened == null || promisedBy != null) {
      return;
    }
    String token = opened.customerLink().substring(opened.customerLink().lastIndexOf('/') + 1);
    try {
      Instant due = portal.view(opened.number(), token).firstResponseDueAt();
      if (due != null) {
        promisedBy = due;
        promise.setText("You will hear from us by " + ViewerTime.format(due) + ".");
        stopPromiseRefresh();
      }
    } catch (BusinessRuleException e) {
      // the link works once the ticket is stored; nothing to promise before that
    }
  }

  private void stopPromiseRefresh() {
    if (promiseRefresh != null) {
      promiseRefresh.remove();
      promiseRefresh = null;
    }
  }

  private void reset() {
    stopPromiseRefresh();
    opened = null;
    promisedBy = null;
    subject.clear();
    category.setValue(Category.OTHER);
    priority.setValue(Priority.NORMAL);
    description.setValue(DescriptionTemplate.TEXT);
    technicalDetails.clear();
    binder.getFields().forEach(field -> ((com.vaadin.flow.component.HasValidation) field).setInvalid(false));
    confirmation.setVisible(false);
    form.setVisible(true);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    ViewerTime.detect(attachEvent.getUI());
  }

  private static String normalise(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }
}
