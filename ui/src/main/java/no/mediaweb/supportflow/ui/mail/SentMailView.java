package no.mediaweb.supportflow.ui.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.mediaweb.supportflow.mail.MailStatus;
import no.mediaweb.supportflow.mail.OutgoingMail;
import no.mediaweb.supportflow.mail.SentMail;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;

/**
 * Every mail Supportflow sent or is about to send to customers, newest first, with its delivery
 * state; a row opens its plain text and its HTML (in a sandboxed frame: no scripts, no navigation).
 */
@Route(value = "mail", layout = MainLayout.class)
@PageTitle("Sent mail · Supportflow")
@RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
public class SentMailView extends VerticalLayout {

  private final SentMail sentMail;
  private final Grid<OutgoingMail> grid = new Grid<>();
  private final Span total = new Span();
  private final VerticalLayout detail = new VerticalLayout();

  public SentMailView(SentMail sentMail) {
    this.sentMail = sentMail;
    setSizeFull();
    addClassName("sf-page");

    Button reload = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
    reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    reload.setId("mail-refresh");
    total.setId("mail-total");
    total.addClassName("sf-muted");
    HorizontalLayout toolbar = new HorizontalLayout(reload, total);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

    configureGrid();
    detail.setId("mail-detail");
    detail.setPadding(false);
    detail.add(new Span("Choose a mail to read it."));
    SplitLayout split = new SplitLayout(grid, detail);
    split.setOrientation(SplitLayout.Orientation.VERTICAL);
    split.setSplitterPosition(55);
    split.setSizeFull();
    add(new H2("Sent mail"), toolbar, split);
    refresh();
  }

  private void configureGrid() {
    grid.setId("mail-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setSizeFull();
    grid.addColumn(m -> ViewerTime.format(m.sentAt() != null ? m.sentAt() : m.createdAt()))
        .setHeader("Time").setKey("time").setWidth("12rem").setFlexGrow(0);
    grid.addColumn(m -> m.recipientName() == null ? m.recipientEmail() : m.recipientName() + " <" + m.recipientEmail() + ">")
        .setHeader("To").setKey("to").setWidth("14rem").setFlexGrow(1);
    grid.addColumn(OutgoingMail::subject).setHeader("Subject").setKey("subject").setWidth("16rem").setFlexGrow(3)
        .setTooltipGenerator(OutgoingMail::subject);
    grid.addColumn(m -> m.template().name().toLowerCase().replace('_', ' ') + " (" + m.language() + ")")
        .setHeader("Template").setKey("template").setWidth("10rem").setFlexGrow(0);
    grid.addComponentColumn(m -> status(m.status())).setHeader("Status").setKey("status").setWidth("7rem").setFlexGrow(0);
    grid.addColumn(OutgoingMail::attempts).setHeader("Attempts").setKey("attempts").setWidth("6rem").setFlexGrow(0);
    grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last error").setKey("lastError")
        .setWidth("12rem").setFlexGrow(1).setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError());
    grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
  }

  /** Fetches rows page by page as the grid scrolls. */
  private void refresh() {
    grid.setItems(query -> sentMail.page(query.getOffset(), query.getLimit()).stream(), query -> sentMail.count());
    int count = sentMail.count();
    total.setText(count == 1 ? "1 mail" : count + " mails");
  }

  private void show(OutgoingMail selected) {
    detail.removeAll();
    if (selected == null) {
      detail.add(new Span("Choose a mail to read it."));
      return;
    }
    OutgoingMail mail = sentMail.byId(selected.id()).orElse(selected);
    H3 subject = new H3(mail.subject());
    subject.setId("mail-subject");
    Span meta =
        new Span("To " + mail.recipientEmail() + " · Message-ID " + mail.messageId() + " · key " + mail.mailKey());
    meta.addClassName("sf-muted");

    Pre text = new Pre(mail.textBody());
    text.setId("mail-text");
    text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
    IFrame html = new IFrame();
    html.setId("mail-html");
    // an empty sandbox: the mail's HTML cannot run scripts, submit forms or navigate this page
    html.getElement().setAttribute("sandbox", "");
    html.setSrcdoc(mail.htmlBody());
    html.setWidthFull();
    html.setHeight("28rem");
    html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");

    HorizontalLayout parts = new HorizontalLayout(part("HTML part", html), part("Plain-text part", text));
    parts.setWidthFull();
    detail.add(subject, meta, parts);
  }

  private static Div part(String title, com.vaadin.flow.component.Component content) {
    H4 heading = new H4(title);
    heading.getStyle().set("margin", "0 0 var(--lumo-space-s)");
    Div part = new Div(heading, content);
    part.getStyle().set("flex", "1 1 0").set("min-width", "0");
    return part;
  }

  private static Span status(MailStatus status) {
    Span badge = new Span(status.name().charAt(0) + status.name().substring(1).toLowerCase());
    badge.getElement().getThemeList().add("badge");
    badge.getElement().getThemeList().add(
        switch (status) {
          case SENT -> "success";
          case FAILED -> "error";
          case PENDING, SENDING -> "contrast";
        });
    return badge;
  }
}
