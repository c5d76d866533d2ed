package no.mediaweb.supportflow.ui.metrics;

import static no.mediaweb.supportflow.ui.metrics.MetricFormat.count;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.decimal;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.duration;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.percent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import no.mediaweb.supportflow.reporting.metrics.Metric;
import no.mediaweb.supportflow.reporting.metrics.MonthFigures;

/**
 * A month's headline figures as buttons: each opens the tickets behind it. Ids are {@code
 * headline-<key>}, with the value in {@code headline-<key>-value}.
 */
final class Headlines extends Div {

  /** One headline: what it is called, its value and detail as shown, and the tickets it opens. */
  record Headline(String key, String label, String value, String detail, Metric metric) {}

  private final Consumer<Headline> onOpen;

  Headlines(Consumer<Headline> onOpen) {
    this.onOpen = onOpen;
    addClassName("sf-headlines");
    setId("metrics-headlines");
  }

  static List<Headline> of(MonthFigures f) {
    return List.of(
        new Headline("tickets-created", "Tickets created", count(f.ticketsCreated()), "", Metric.TICKETS_CREATED),
        new Headline(
            "first-response-time", "First response time (median)", duration(f.firstResponseMedian()),
            "p90 " + duration(f.firstResponseP90()) + " · " + MetricFormat.plural(f.firstResponses(), "response"), Metric.FIRST_RESPONSES),
        new Headline(
            "first-response-sla", "First-response SLA attainment", percent(f.firstResponseAttainment()),
            count(f.firstResponseBreached()) + " breached", Metric.FIRST_RESPONSE_BREACHED),
        new Headline(
            "resolution-time", "Resolution time (median)", duration(f.resolutionMedian()),
            "p90 " + duration(f.resolutionP90()) + " · " + count(f.resolved()) + " resolved", Metric.RESOLVED),
        new Headline(
            "resolution-sla", "Resolution SLA attainment", percent(f.resolutionAttainment()),
            count(f.resolutionBreached()) + " breached", Metric.RESOLUTION_BREACHED),
        new Headline(
            "csat", "CSAT (1–5)", decimal(f.csatAverage()),
            percent(f.satisfiedShare()) + " gave 4 or 5 · " + MetricFormat.plural(f.surveysAnswered(), "answer"), Metric.SURVEYS_ANSWERED),
        new Headline(
            "survey-response-rate", "Survey response rate", percent(f.surveyResponseRate()),
            count(f.surveysAnswered()) + " of " + count(f.surveysSent()) + " sent", Metric.SURVEYS_SENT),
        new Headline(
            "escalation-rate", "Escalation rate", percent(f.escalationRate()),
            count(f.ticketsEscalated()) + " of " + count(f.ticketsCreated()) + " created", Metric.TICKETS_ESCALATED),
        new Headline("backlog", "Backlog at month end", count(f.backlogAtEnd()), "open at the month's end", Metric.BACKLOG_AT_END),
        new Headline(
            "reopen-rate", "Reopen rate", percent(f.reopenRate()),
            count(f.reopened()) + " of " + count(f.resolved()) + " resolved", Metric.REOPENED),
        new Headline(
            "first-contact-resolution", "First-contact resolution", percent(f.firstContactResolutionRate()),
            count(f.firstContactResolved()) + " of " + count(f.resolved()) + " resolved", Metric.FIRST_CONTACT_RESOLVED),
        new Headline(
            "qa-score", "QA score (average)", f.qaReviews() == 0 ? MetricFormat.NONE : percent(f.qaAverage()),
            MetricFormat.plural(f.qaReviews(), "review") + " · " + percent(f.qaFailRate()) + " failed", Metric.QA_REVIEWS));
  }

  void show(MonthFigures figures) {
    removeAll();
    for (Headline headline : of(figures)) {
      Span value = new Span(headline.value());
      value.addClassName("sf-headline-value");
      value.setId("headline-" + headline.key() + "-value");
      Span label = new Span(headline.label());
      label.addClassName("sf-headline-label");
      Span detail = new Span(headline.detail());
      detail.addClassName("sf-headline-detail");
      NativeButton button = new NativeButton();
      button.add(value, label, detail);
      button.addClassName("sf-headline");
      button.setId("headline-" + headline.key());
      button.getElement()
          .setAttribute("aria-label", headline.label() + ": " + headline.value() + ". Show the tickets: " + headline.metric().label());
      button.setTitle("Show the tickets: " + headline.metric().label());
      button.addClickListener(click -> onOpen.accept(headline));
      add(button);
    }
  }
}
