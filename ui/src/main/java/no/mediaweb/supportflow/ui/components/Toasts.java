package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short notifications: successes fade quickly at the top, clear of the action buttons; errors stay
 * long enough to be read.
 */
public final class Toasts {

  public static Notification success(String message) {
    Notification notification = Notification.show(message, 4000, Notification.Position.TOP_END);
    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    return notification;
  }

  public static Notification error(String message) {
    Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    return notification;
  }

  private Toasts() {}
}
