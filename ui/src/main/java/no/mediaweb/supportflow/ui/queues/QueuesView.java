package no.mediaweb.supportflow.ui.queues;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import no.mediaweb.supportflow.routing.QueueOverview;
import no.mediaweb.supportflow.routing.QueueRoutingService;
import no.mediaweb.supportflow.routing.RoutingStrategy;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.TwoLines;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;

/**
 * Each queue's routing and load. A row's strategy and cap are edited in place and saved with the
 * row's Save button.
 */
@Route(value = "queues", layout = MainLayout.class)
@PageTitle("Queues · Supportflow")
@RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
public class QueuesView extends VerticalLayout {

  /** The unsaved strategy and cap of a row; a grid may render a row's cells more than once. */
  private static final class Draft {
    RoutingStrategy strategy;
    Integer maxOpenTasks;

    Draft(QueueOverview queue) {
      this.strategy = queue.strategy();
      this.maxOpenTasks = queue.maxOpenTasks();
    }
  }

  private final QueueRoutingService queues;
  private final Grid<QueueOverview> grid = new Grid<>();
  private final Map<String, Draft> drafts = new HashMap<>();

  public QueuesView(QueueRoutingService queues) {
    this.queues = queues;
    addClassName("sf-page");
    setSizeFull();

    grid.setId("queues");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addComponentColumn(q -> TwoLines.of(q.displayName(), q.candidateGroup())).setHeader("Queue").setFlexGrow(2);
    grid.addComponentColumn(this::strategySelect).setKey("strategy").setHeader("Routing").setWidth("14rem").setFlexGrow(0);
    grid.addComponentColumn(this::capField).setKey("cap").setHeader("Open tasks per agent").setWidth("11rem").setFlexGrow(0);
    grid.addColumn(q -> "%d open · %d waiting".formatted(q.openTasks(), q.waitingTasks())).setKey("load").setHeader("Tasks");
    grid.addColumn(q -> q.agents().isEmpty() ? "No agents" : String.join(", ", q.agents()))
        .setKey("agents")
        .setHeader("Agents")
        .setFlexGrow(2);
    grid.addComponentColumn(this::saveButton).setKey("save").setWidth("7rem").setFlexGrow(0);

    add(
        new H2("Queues"),
        new Paragraph(
            "Pull leaves new tasks in the queue for agents to claim; round robin and least loaded assign them."
                + " Nobody gets or claims a task beyond the queue's limit of open tasks per agent."),
        grid);
    setFlexGrow(1, grid);
    refresh();
  }

  private Select<RoutingStrategy> strategySelect(QueueOverview queue) {
    Draft draft = draftOf(queue);
    Select<RoutingStrategy> strategy = new Select<>();
    strategy.setId("strategy-" + queue.candidateGroup());
    strategy.setItems(RoutingStrategy.values());
    strategy.setItemLabelGenerator(RoutingStrategy::label);
    strategy.setValue(draft.strategy);
    strategy.addValueChangeListener(change -> draft.strategy = change.getValue());
    return strategy;
  }

  private IntegerField capField(QueueOverview queue) {
    Draft draft = draftOf(queue);
    IntegerField cap = new IntegerField();
    cap.setId("cap-" + queue.candidateGroup());
    cap.setMin(QueueRoutingService.MIN_CAP);
    cap.setMax(QueueRoutingService.MAX_CAP);
    cap.setStepButtonsVisible(true);
    cap.setValue(draft.maxOpenTasks);
    cap.addValueChangeListener(change -> draft.maxOpenTasks = change.getValue());
    return cap;
  }

  private Button saveButton(QueueOverview queue) {
    Button save = new Button("Save", click -> save(queue));
    save.setId("save-" + queue.candidateGroup());
    save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    return save;
  }

  private void save(QueueOverview queue) {
    Draft draft = draftOf(queue);
    try {
      QueueOverview saved = queues.change(queue.candidateGroup(), draft.strategy, draft.maxOpenTasks);
      Toasts.success("%s: %s, at most %d open tasks per agent"
          .formatted(saved.displayName(), saved.strategy().label().toLowerCase(), saved.maxOpenTasks()));
      drafts.remove(queue.candidateGroup());
      refresh();
    } catch (RuntimeException e) {
      Toasts.error(e.getMessage());
    }
  }

  private Draft draftOf(QueueOverview queue) {
    return drafts.computeIfAbsent(queue.candidateGroup(), group -> new Draft(queue));
  }

  private void refresh() {
    grid.setItems(queues.queues());
  }
}
