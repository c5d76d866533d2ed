package no.mediaweb.supportflow.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.notification.StaffNotifications;
import no.mediaweb.supportflow.ui.approvals.ApprovalsView;
import no.mediaweb.supportflow.ui.survey.SurveyFollowUpsView;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.customers.CustomersView;
import no.mediaweb.supportflow.ui.inbox.InboxView;
import no.mediaweb.supportflow.ui.mail.SentMailView;
import no.mediaweb.supportflow.ui.metrics.MetricsView;
import no.mediaweb.supportflow.ui.metrics.MonthlyReviewView;
import no.mediaweb.supportflow.ui.queues.QueuesView;
import no.mediaweb.supportflow.ui.risk.SlaRiskBoardView;
import no.mediaweb.supportflow.ui.tickets.TicketsView;
import no.mediaweb.supportflow.ui.qa.MyQaResultsView;
import no.mediaweb.supportflow.ui.qa.QaQueueView;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.security.core.GrantedAuthority;

/** The frame of every staff view: navigation by role in the drawer, the user and Log out on top. */
@PermitAll
public class MainLayout extends AppLayout {

  private final SideNav navigation = new SideNav();

  /** Registered only by the local run. */
  private static final String TIME_TRAVEL_ROUTE = "admin/time-travel";

  public MainLayout(AuthenticationContext authentication, StaffDirectory staff, StaffNotifications notifications) {
    setPrimarySection(Section.DRAWER);

    if (authentication.hasRole(Role.AGENT_ROLE)) {
      navigation.addItem(new SideNavItem("Inbox", InboxView.class, VaadinIcon.INBOX.create()));
    }
    navigation.addItem(new SideNavItem("Tickets", TicketsView.class, VaadinIcon.RECORDS.create()));
    if (authentication.hasRole(Role.AGENT_ROLE)) {
      navigation.addItem(new SideNavItem("My QA results", MyQaResultsView.class, VaadinIcon.CHECK_SQUARE_O.create()));
    }
    if (authentication.hasRole(Role.QA_ROLE) || authentication.hasRole(Role.MANAGER_ROLE)) {
      navigation.addItem(new SideNavItem("Quality reviews", QaQueueView.class, VaadinIcon.STAR_HALF_LEFT_O.create()));
    }
    navigation.addItem(new SideNavItem("Metrics", MetricsView.class, VaadinIcon.CHART.create()));
    if (authentication.hasRole(Role.MANAGER_ROLE)) {
      navigation.addItem(new SideNavItem("Approvals", ApprovalsView.class, VaadinIcon.GAVEL.create()));
      navigation.addItem(new SideNavItem("Survey follow-ups", SurveyFollowUpsView.class, VaadinIcon.COMMENT_ELLIPSIS.create()));
      navigation.addItem(new SideNavItem("Monthly review", MonthlyReviewView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
    }
    if (authentication.hasRole(Role.MANAGER_ROLE) || authentication.hasRole(Role.ADMIN_ROLE)) {
      navigation.addItem(new SideNavItem("SLA risk", SlaRiskBoardView.class, VaadinIcon.WARNING.create()));
      navigation.addItem(new SideNavItem("Customers", CustomersView.class, VaadinIcon.USERS.create()));
      navigation.addItem(new SideNavItem("Queues", QueuesView.class, VaadinIcon.SPLIT.create()));
      navigation.addItem(new SideNavItem("Sent mail", SentMailView.class, VaadinIcon.ENVELOPES.create()));
    }
    if (authentication.hasRole(Role.ADMIN_ROLE)) {
      navigation.addItem(new SideNavItem("Business calendars", "admin/calendars", VaadinIcon.CALENDAR_CLOCK.create()));
      if (RouteConfiguration.forApplicationScope().isPathAvailable(TIME_TRAVEL_ROUTE)) {
        navigation.addItem(new SideNavItem("Time travel", TIME_TRAVEL_ROUTE, VaadinIcon.TIME_FORWARD.create()));
      }
    }
    navigation.setId("main-navigation");

    Span brand = new Span("Supportflow");
    brand.addClassName("sf-brand");
    Span owner = new Span("Mediaweb support");
    owner.addClassName("sf-muted");
    Div drawerHeader = new Div(brand, owner);
    drawerHeader.addClassName("sf-drawer-header");
    addToDrawer(drawerHeader, new Scroller(navigation));

    String username = authentication.getPrincipalName().orElse("");
    String displayName = username.isEmpty() ? "" : staff.displayName(username);
    Avatar avatar = new Avatar(displayName);
    avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
    Span name = new Span(displayName);
    name.setId("current-user");
    name.addClassName("sf-user-name");
    Span roles = new Span(roles(authentication));
    roles.addClassName("sf-muted");
    Div who = new Div(name, roles);
    who.addClassName("sf-user");
    Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    logout.setId("logout");

    Div spacer = new Div();
    HorizontalLayout header =
        new HorizontalLayout(new DrawerToggle(), spacer, new NotificationBell(notifications), avatar, who, logout);
    header.setWidthFull();
    header.expand(spacer);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.addClassName("sf-header");
    addToNavbar(header);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    ViewerTime.detect(attachEvent.getUI());
  }

  private static String roles(AuthenticationContext authentication) {
    return authentication
        .getGrantedAuthorities()
        .stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .sorted()
        .map(r -> r.charAt(0) + r.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
