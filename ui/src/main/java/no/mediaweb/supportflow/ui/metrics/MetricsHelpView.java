package no.mediaweb.supportflow.ui.metrics;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;

/** What every figure on the dashboard means: the one written definition, rendered from its markdown. */
@Route(value = "metrics/help", layout = MainLayout.class)
@PageTitle("Metric definitions · Supportflow")
@RolesAllowed({Role.AGENT_ROLE, Role.MANAGER_ROLE, Role.QA_ROLE, Role.ADMIN_ROLE})
public class MetricsHelpView extends VerticalLayout {

  public MetricsHelpView() {
    addClassName("sf-page");
    RouterLink back = new RouterLink("← Back to the dashboard", MetricsView.class);
    back.setId("metrics-help-back");
    Html definitions = new Html(MetricDefinitionsPage.html());
    definitions.setId("metrics-definitions");
    add(back, definitions);
  }
}
