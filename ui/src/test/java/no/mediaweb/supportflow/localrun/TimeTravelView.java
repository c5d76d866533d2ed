package no.mediaweb.supportflow.localrun;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Admin-only control of the local run: moves the engine and application clocks forward so a trainer
 * can show SLA timers, reminders and auto-closing fire. Registered only by the local run.
 */
@PageTitle("Time travel · Supportflow")
@RolesAllowed("ADMIN")
public class TimeTravelView extends VerticalLayout {

  static final String ROUTE = "admin/time-travel";

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final TimeMachine timeMachine;
  private final Paragraph now = new Paragraph();

  public TimeTravelView(TimeMachine timeMachine) {
    this.timeMachine = timeMachine;
    add(
        new H2("Time travel"),
        new Paragraph(
            "Local run only. Moves the workflow engine's clock and the application's clock forward together: "
                + "SLA at-risk and breach timers, reminders, auto-close and auto-confirm fire as if the time had passed."),
        now,
        new HorizontalLayout(
            travel("+ 1 hour", Duration.ofHours(1)),
            travel("+ 4 hours", Duration.ofHours(4)),
            travel("+ 1 day", Duration.ofDays(1)),
            travel("+ 3 days", Duration.ofDays(3))));
    refresh();
  }

  private Button travel(String label, Duration duration) {
    Button button =
        new Button(
            label,
            click -> {
              timeMachine.travel(duration);
              refresh();
              Notification.show("Moved " + label.substring(2) + " forward");
            });
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return button;
  }

  private void refresh() {
    Duration travelled = timeMachine.travelled();
    now.setText(
        "Application time: %s (travelled %d h %d min ahead of the wall clock)"
            .formatted(FORMAT.format(timeMachine.now()), travelled.toHours(), travelled.toMinutesPart()));
  }
}
