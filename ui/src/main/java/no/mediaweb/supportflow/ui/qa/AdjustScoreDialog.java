package no.mediaweb.supportflow.ui.qa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.qa.DisputeDecision;
import no.mediaweb.supportflow.qa.OpenDispute;
import no.mediaweb.supportflow.qa.QaReviewService;
import no.mediaweb.supportflow.ui.components.Toasts;

/** A QA lead's adjusted score for a disputed review, with the note the agent will read. */
class AdjustScoreDialog extends Dialog {

  AdjustScoreDialog(OpenDispute dispute, QaReviewService reviews, Runnable afterwards) {
    setId("adjust-dialog");
    setHeaderTitle("Adjust the score of " + dispute.review().ticketNumber());
    BigDecimalField score = new BigDecimalField("New score (%)");
    score.setId("adjust-score");
    score.setValue(dispute.review().score());
    TextArea note = new TextArea("Note to the agent");
    note.setId("adjust-note");
    note.setWidthFull();
    add(new VerticalLayout(score, note));
    Button confirm = new Button("Adjust", click -> {
      try {
        reviews.decide(dispute.jobKey(), DisputeDecision.ADJUSTED, score.getValue(), note.getValue());
        Toasts.success("Score adjusted");
        close();
        afterwards.run();
      } catch (BusinessRuleException e) {
        note.setErrorMessage(e.getMessage());
        note.setInvalid(true);
        Toasts.error(e.getMessage());
      }
    });
    confirm.setId("adjust-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), confirm);
  }
}
