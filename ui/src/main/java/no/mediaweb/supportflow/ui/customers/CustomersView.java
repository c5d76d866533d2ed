package no.mediaweb.supportflow.ui.customers;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerDirectory;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.TicketSlaService;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;

/**
 * Customers and their plans. A plan change gives every open ticket of the customer the new plan's
 * SLA targets and due dates.
 */
@Route(value = "customers", layout = MainLayout.class)
@PageTitle("Customers · Supportflow")
@RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
public class CustomersView extends VerticalLayout {

  private final CustomerDirectory customers;
  private final TicketSlaService sla;
  private final String actorName;
  private final TextField search = new TextField();
  private final Grid<Customer> grid = new Grid<>();

  public CustomersView(
      CustomerDirectory customers, TicketSlaService sla, AuthenticationContext authentication, StaffDirectory staff) {
    this.customers = customers;
    this.sla = sla;
    this.actorName = staff.displayName(authentication.getPrincipalName().orElse(""));
    addClassName("sf-page");
    setSizeFull();

    search.setId("customer-search");
    search.setPlaceholder("Search name, company or e-mail");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("24rem");
    search.addValueChangeListener(change -> refresh());

    grid.setId("customers");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(Customer::name).setHeader("Customer").setFlexGrow(2);
    grid.addColumn(c -> c.company() == null ? "" : c.company()).setHeader("Company").setFlexGrow(2);
    grid.addColumn(Customer::accountEmail).setHeader("Account e-mail").setFlexGrow(2);
    grid.addColumn(Customer::timeZone).setHeader("Time zone");
    grid.addColumn(Customer::language).setHeader("Language").setWidth("7rem").setFlexGrow(0);
    grid.addComponentColumn(this::planSelect).setKey("plan").setHeader("Plan").setWidth("12rem").setFlexGrow(0);

    add(
        new H2("Customers"),
        new Paragraph("Changing a plan recomputes the SLA due dates of the customer's open tickets."),
        search,
        grid);
    setFlexGrow(1, grid);
    refresh();
  }

  private Select<Plan> planSelect(Customer customer) {
    Select<Plan> plan = new Select<>();
    plan.setId("plan-" + customer.id());
    plan.setItems(Plan.values());
    plan.setItemLabelGenerator(Plan::label);
    plan.setValue(customer.plan());
    plan.addValueChangeListener(
        change -> {
          if (!change.isFromClient() || change.getValue() == null) {
            return;
          }
          try {
            sla.changePlan(customer.id(), change.getValue(), actorName);
            Toasts.success("%s is now on the %s plan; open tickets have new SLA due dates"
                .formatted(customer.name(), change.getValue().label()));
            refresh();
          } catch (RuntimeException e) {
            Toasts.error(e.getMessage());
            plan.setValue(change.getOldValue());
          }
        });
    return plan;
  }

  private void refresh() {
    grid.setItems(customers.search(search.getValue()));
  }
}
