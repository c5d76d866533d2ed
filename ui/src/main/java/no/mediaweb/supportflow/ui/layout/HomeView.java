package no.mediaweb.supportflow.ui.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.mediaweb.supportflow.ui.inbox.InboxView;
import no.mediaweb.supportflow.ui.tickets.TicketsView;
import no.mediaweb.supportflow.user.Role;

/** The start page: agents go to their inbox, other staff to the ticket list. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

  private final AuthenticationContext authentication;

  public HomeView(AuthenticationContext authentication) {
    this.authentication = authentication;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(authentication.hasRole(Role.AGENT_ROLE) ? InboxView.class : TicketsView.class);
  }
}
