package no.mediaweb.supportflow.ui.escalation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.ui.components.Toasts;
import org.springframework.security.access.AccessDeniedException;

/**
 * Asks for the text every escalation decision needs (a reason, a note), and with it optionally an
 * escalation reason. The service checks the input: its refusal shows on the field and as a toast,
 * and the dialog stays open with what was written.
 */
public class DecisionDialog extends Dialog {

  /** What the confirm button does; {@code reason} is null when the dialog asks for none. */
  @FunctionalInterface
  public interface Decision {
    void decide(EscalationReason reason, String text);
  }

  private final Select<EscalationReason> reason = new Select<>();
  private final TextArea text;
  private final Decision decision;
  private final String done;
  private final Runnable afterwards;
  private final boolean asksForReason;

  private DecisionDialog(
      String title, String textLabel, String confirmCaption, boolean asksForReason, Decision decision, String done,
      Runnable afterwards) {
    this.decision = decision;
    this.done = done;
    this.afterwards = afterwards;
    this.asksForReason = asksForReason;
    setId("decision-dialog");
    setHeaderTitle(title);
    setWidth("32rem");

    reason.setId("decision-choice");
    reason.setLabel("Why escalate");
    reason.setItems(EscalationReason.CHOOSABLE);
    reason.setItemLabelGenerator(EscalationReason::label);
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    reason.setVisible(asksForReason);
    reason.addValueChangeListener(change -> reason.setInvalid(false));

    text = new TextArea(textLabel);
    text.setId("decision-text");
    text.setRequiredIndicatorVisible(true);
    text.setManualValidation(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setWidthFull();
    text.setMinHeight("8em");
    text.addValueChangeListener(change -> {
      if (!change.getValue().isBlank()) {
        text.setInvalid(false);
      }
    });

    VerticalLayout body = new VerticalLayout(reason, text);
    body.setPadding(false);
    add(body);

    Button confirm = new Button(confirmCaption, click -> confirm());
    confirm.setId("decision-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", click -> close());
    cancel.setId("decision-cancel");
    getFooter().add(cancel, confirm);
  }

  /** A decision that needs only a text, such as a manager's reason or a tier's note. */
  public static DecisionDialog text(
      String title, String textLabel, String confirmCaption, Decision decision, String done, Runnable afterwards) {
    return new DecisionDialog(title, textLabel, confirmCaption, false, decision, done, afterwards);
  }

  /** A decision that needs an escalation reason and a note. */
  public static DecisionDialog withReason(
      String title, String textLabel, String confirmCaption, Decision decision, String done, Runnable afterwards) {
    return new DecisionDialog(title, textLabel, confirmCaption, true, decision, done, afterwards);
  }

  private void confirm() {
    if (asksForReason && reason.getValue() == null) {
      reason.setErrorMessage("Choose why it needs escalating");
      reason.setInvalid(true);
      return;
    }
    try {
      decision.decide(asksForReason ? reason.getValue() : null, text.getValue());
    } catch (BusinessRuleException e) {
      text.setErrorMessage(e.getMessage());
      text.setInvalid(true);
      text.focus();
      Toasts.error(e.getMessage());
      return;
    } catch (AccessDeniedException e) {
      Toasts.error(e.getMessage());
      close();
      afterwards.run();
      return;
    }
    close();
    Toasts.success(done);
    afterwards.run();
  }
}
