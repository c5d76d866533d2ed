package no.mediaweb.supportflow.ui.portal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import java.util.UUID;
import no.mediaweb.supportflow.attachment.AttachmentUploads;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.CustomerPortalService;
import no.mediaweb.supportflow.ticket.CustomerTicket;
import no.mediaweb.supportflow.ui.components.AttachmentPicker;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.ConversationList;
import no.mediaweb.supportflow.ui.components.TechnicalDetailsCard;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.ViewerTime;

/**
 * The customer's page for one ticket, opened with the signed link: status, the promised response
 * time, the whole conversation with its attachments, a reply form with attachments while the ticket
 * is open and, after a proposed resolution, the confirmation or "this did not solve it" (a reply
 * that reopens the ticket). A wrong or changed link shows one message whether or not the ticket
 * exists, and changes nothing.
 */
@Route(CustomerLinks.ROUTE + "/:number/:token")
@AnonymousAllowed
public class CustomerTicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final String INVALID_LINK =
      "This ticket link is not valid. Check that you opened the whole link from your confirmation. "
          + "If the problem remains, open a new ticket and mention your ticket number.";
  static final String EMPTY_REPLY = "Write your message before sending";
  static final String EMPTY_REOPEN = "Tell us what is still not working, then press “This did not solve it” again";

  private final CustomerPortalService portal;

  private final Div ticketArea = new Div();
  private final H2 title = new H2();
  private final Div statusLine = new Div();
  private final Paragraph explanation = new Paragraph();
  private final Div confirmBox = new Div();
  private final Button confirm = new Button("Confirm the resolution", click -> confirm());
  private final Button reopen = new Button("This did not solve it", click -> reopen());
  private final TechnicalDetailsCard technicalDetails = new TechnicalDetailsCard();
  private final AttachmentPicker attachments;
  private final ConversationList conversation = new ConversationList();
  private final TextArea reply = new TextArea("Your reply");
  private final Button send = new Button("Send", click -> send());
  private final Paragraph closedNote = new Paragraph();
  private final Div invalid = new Div();

  private String number;
  private String token;
  private String requestKey = UUID.randomUUID().toString();
  private String shown = "";
  private boolean confirmationSent;

  public CustomerTicketView(CustomerPortalService portal, AttachmentUploads uploads) {
    this.portal = portal;
    this.attachments = new AttachmentPicker(uploads, "reply-attachments");
    addClassName("sf-public-page");

    Span brand = new Span("Mediaweb Support");
    brand.addClassName("sf-brand");
    Div top = new Div(brand);
    top.addClassName("sf-public-header");

    title.setId("portal-title");
    statusLine.setId("portal-status");
    statusLine.addClassName("sf-status-line");
    explanation.setId("portal-explanation");

    confirm.setId("confirm-resolution");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    Span confirmText =
        new Span("Is the problem solved? Confirm, and we close the ticket. If not, write what is still wrong below and "
            + "press “This did not solve it”: we reopen the ticket.");
    reopen.setId("reopen-ticket");
    reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);
    confirmBox.add(confirmText, confirm, reopen);
    confirmBox.setId("confirm-box");
    confirmBox.addClassNames("sf-card", "sf-confirm-box");

    conversation.setId("conversation");

    reply.setId("customer-reply");
    reply.setWidthFull();
    reply.setMinHeight("8em");
    reply.setRequiredIndicatorVisible(true);
    reply.setManualValidation(true);
    reply.setValueChangeMode(ValueChangeMode.LAZY);
    reply.addValueChangeListener(
        event -> {
          if (!event.getValue().isBlank()) {
            reply.setInvalid(false);
          }
        });
    send.setId("send-reply");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    closedNote.setId("closed-note");
    closedNote.addClassName("sf-muted");
    Div replyCard = new Div(new H3("Write to us"), reply, attachments, send, closedNote);
    replyCard.addClassName("sf-card");

    technicalDetails.setId("technical-details");
    ticketArea.add(title, statusLine, explanation, confirmBox, technicalDetails, new H3("Conversation"), conversation, replyCard);

    invalid.setId("invalid-link");
    invalid.addClassName("sf-card");
    invalid.add(new H1("Ticket not found"), new Paragraph(INVALID_LINK), new Anchor("new-ticket", "Open a new ticket"));
    invalid.setVisible(false);

    add(top, ticketArea, invalid);
    AutoRefresh.install(this, this::refresh);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    number = event.getRouteParameters().get("number").orElse("");
    token = event.getRouteParameters().get("token").orElse("");
    reload();
  }

  @Override
  public String getPageTitle() {
    return (invalid.isVisible() ? "Ticket not found" : "Ticket " + number) + " · Mediaweb Support";
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    ViewerTime.detect(attachEvent.getUI());
  }

  private void reload() {
    shown = "";
    refresh();
  }

  /** Loads the ticket through the link; redraws only when something visible changed. */
  void refresh() {
    if (number == null) {
      return;
    }
    CustomerTicket ticket;
    try {
      ticket = portal.view(number, token);
    } catch (NotFoundException e) {
      ticketArea.setVisible(false);
      invalid.setVisible(true);
      return;
    }
    String state = ticket + "|" + ViewerTime.zone();
    if (Objects.equals(state, shown)) {
      return;
    }
    shown = state;
    invalid.setVisible(false);
    ticketArea.setVisible(true);
    title.setText(ticket.number() + " · " + ticket.subject());
    Span status = Badges.status(ticket.status());
    status.setId("portal-status-badge");
    Span opened = new Span("Opened " + ViewerTime.format(ticket.createdAt()));
    opened.addClassName("sf-muted");
    HorizontalLayout line = new HorizontalLayout(status, opened);
    line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    statusLine.removeAll();
    statusLine.add(line);
    boolean awaitingClose = confirmationSent && ticket.canConfirmResolution();
    explanation.setText(awaitingClose ? "Thank you for confirming. We are closing the ticket." : explain(ticket));
    confirmBox.setVisible(ticket.canConfirmResolution() && !confirmationSent);
    technicalDetails.show(ticket.technicalDetails());
    conversation.show(ticket.messages(), ticket.attachments(), id -> portal.attachment(number, token, id));
    boolean canReply = ticket.canReply();
    reply.setEnabled(canReply);
    send.setEnabled(canReply);
    attachments.setVisible(canReply);
    closedNote.setVisible(!canReply);
    closedNote.setText("This ticket is closed. If you need more help, open a new ticket.");
  }

  private static String explain(CustomerTicket ticket) {
    boolean answered = ticket.messages().stream().anyMatch(m -> m.authorType() == AuthorType.AGENT);
    return switch (ticket.status()) {
      case NEW, OPEN, IN_PROGRESS ->
          answered
              ? ticket.replyDueAt() == null
                  ? "We are working on your ticket."
                  : "We are working on your ticket. You will hear from us by " + ViewerTime.format(ticket.replyDueAt()) + "."
              : ticket.firstResponseDueAt() == null
                  ? "We have received your ticket."
                  : "We have received your ticket. You will hear from us by " + ViewerTime.format(ticket.firstResponseDueAt()) + ".";
      case WAITING_ON_CUSTOMER -> "We need more information from you. Please answer below.";
      case RESOLVED -> "We believe the problem is solved. Please confirm, or tell us below if it is not.";
      case CLOSED -> "This ticket is closed. Thank you for contacting Mediaweb Support.";
    };
  }

  private void send() {
    send(EMPTY_REPLY);
  }

  /** "This did not solve it": the customer's reply while the resolution waits reopens the ticket. */
  private void reopen() {
    send(EMPTY_REOPEN);
  }

  private void send(String emptyMessage) {
    String body = reply.getValue();
    if (body == null || body.isBlank()) {
      reply.setErrorMessage(emptyMessage);
      reply.setInvalid(true);
      reply.focus();
      return;
    }
    try {
      portal.reply(number, token, body, requestKey, attachments.files());
    } catch (NotFoundException e) {
      attachments.lost();
      reload();
      return;
    } catch (BusinessRuleException e) {
      attachments.lost();
      Toasts.error(e.getMessage());
      return;
    }
    attachments.forget();
    requestKey = UUID.randomUUID().toString();
    confirmationSent = false;
    reply.clear();
    reply.setInvalid(false);
    Toasts.success("Thank you. Your message has been sent.");
    reload();
  }

  private void confirm() {
    try {
      portal.confirmResolution(number, token);
      confirmationSent = true;
      Toasts.success("Thank you for confirming. We are closing the ticket.");
    } catch (BusinessRuleException e) {
      Toasts.error(e.getMessage());
    }
    reload();
  }
}
