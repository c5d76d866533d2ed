package no.mediaweb.supportflow.ui.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import no.mediaweb.supportflow.notification.StaffNotification;
import no.mediaweb.supportflow.notification.StaffNotifications;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.ticket.TicketView;

/** The header's bell: unread notifications (a ticket at risk of breaching its SLA) with their count. */
class NotificationBell extends Div {

  private final StaffNotifications notifications;
  private final Button bell = new Button(VaadinIcon.BELL_O.create());
  private final Span count = new Span();
  private int shownCount = -1;

  NotificationBell(StaffNotifications notifications) {
    this.notifications = notifications;
    setId("notifications");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    bell.setAriaLabel("Notifications");
    bell.addClickListener(click -> open());
    count.setId("notification-count");
    count.getElement().getThemeList().add("badge error pill small");
    count.getStyle().set("margin-inline-start", "-0.75rem");
    add(bell, count);
    AutoRefresh.install(this, this::refresh);
  }

  void refresh() {
    int unread = notifications.unread().size();
    if (unread == shownCount) {
      return;
    }
    shownCount = unread;
    count.setText(Integer.toString(unread));
    count.setVisible(unread > 0);
    bell.setTooltipText(unread == 0 ? "No new notifications" : unread + " new notifications");
  }

  private void open() {
    List<StaffNotification> unread = notifications.unread();
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Notifications");
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    if (unread.isEmpty()) {
      list.add(new Paragraph("Nothing new."));
    }
    for (StaffNotification notification : unread) {
      RouterLink ticket =
          new RouterLink(notification.ticketNumber(), TicketView.class, new RouteParameters("number", notification.ticketNumber()));
      ticket.getElement().addEventListener("click", click -> dialog.close());
      Span when = new Span(ViewerTime.format(notification.createdAt()));
      when.addClassName("sf-muted");
      Div item = new Div(ticket, new Span(" — " + notification.message() + " "), when);
      item.addClassName("sf-notification");
      list.add(item);
    }
    Button markRead =
        new Button(
            "Mark all as read",
            click -> {
              notifications.markAllRead();
              refresh();
              dialog.close();
            });
    markRead.setId("mark-notifications-read");
    markRead.setEnabled(!unread.isEmpty());
    dialog.add(list);
    dialog.getFooter().add(new Button("Close", click -> dialog.close()), markRead);
    dialog.open();
  }
}
