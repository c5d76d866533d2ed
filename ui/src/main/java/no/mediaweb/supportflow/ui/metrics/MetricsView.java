package no.mediaweb.supportflow.ui.metrics;

import static no.mediaweb.supportflow.ui.metrics.MetricFormat.count;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.decimal;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.duration;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.hours;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.percent;
import static no.mediaweb.supportflow.ui.metrics.MetricFormat.value;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.qa.QaCalibrations;
import no.mediaweb.supportflow.qa.ReviewerCalibration;
import no.mediaweb.supportflow.reporting.metrics.Dimension;
import no.mediaweb.supportflow.reporting.metrics.EscalationCount;
import no.mediaweb.supportflow.reporting.metrics.Metric;
import no.mediaweb.supportflow.reporting.metrics.MetricsDrillDown;
import no.mediaweb.supportflow.reporting.metrics.MetricsFilter;
import no.mediaweb.supportflow.reporting.metrics.MetricsReport;
import no.mediaweb.supportflow.reporting.metrics.MonthFigures;
import no.mediaweb.supportflow.reporting.metrics.ReportingProperties;
import no.mediaweb.supportflow.reporting.metrics.Segment;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ui.components.Chart;
import no.mediaweb.supportflow.ui.components.Chart.Dataset;
import no.mediaweb.supportflow.ui.components.Chart.Unit;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.metrics.MetricsTable.Column;
import no.mediaweb.supportflow.ui.metrics.MetricsTable.Drill;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;

/**
 * The monthly support metrics, read from the computed summary: filters, headline figures that open
 * the tickets behind them, 12-month trends and the month's breakdowns as charts (a click on a point
 * opens its tickets) and as tables with CSV downloads. Managers, QA and admins see everyone; an
 * agent sees their own figures only (the reporting services enforce it) and gets no team or agent
 * filter. The query string carries the month and filters ({@code ?month=2026-10&plan=PRO}).
 */
@Route(value = "metrics", layout = MainLayout.class)
@PageTitle("Metrics · Supportflow")
@RolesAllowed({Role.AGENT_ROLE, Role.MANAGER_ROLE, Role.QA_ROLE, Role.ADMIN_ROLE})
public class MetricsView extends VerticalLayout implements BeforeEnterObserver {

  static final int TREND_MONTHS = 12;
  static final String NO_MONTH_YET = "No month has been computed yet; monthly-metrics runs on the 1st.";

  private final MetricsReport report;
  private final MetricsDrillDown drillDown;
  private final StaffDirectory staff;
  private final QaCalibrations calibrations;
  private final ReportingProperties reporting;
  private final boolean seesCalibrations;
  private final boolean ownFiguresOnly;
  private final boolean manager;

  private final Select<YearMonth> month = new Select<>();
  private final Select<Plan> plan = new Select<>();
  private final Select<Channel> channel = new Select<>();
  private final ComboBox<String> team = new ComboBox<>("Team");
  private final ComboBox<String> agent = new ComboBox<>("Agent");
  private final Headlines headlines = new Headlines(this::openHeadline);

  private final Chart frtChart = new Chart(Chart.Type.LINE,
      "First response time, median and 90th percentile in hours, last 12 months. The 12-month table below has the figures.");
  private final Chart slaChart = new Chart(Chart.Type.LINE,
      "SLA attainment per plan, first response and resolution, last 12 months. The SLA per plan table below has the figures.");
  private final Chart csatChart = new Chart(Chart.Type.LINE,
      "CSAT average (1 to 5) and survey response rate, last 12 months. The 12-month table below has the figures.");
  private final Chart escalationChart = new Chart(Chart.Type.LINE,
      "Escalation rate, last 12 months. The 12-month table below has the figures.");
  private final Chart backlogChart = new Chart(Chart.Type.BAR,
      "Backlog at month end, last 12 months. The 12-month table below has the figures.");
  private final Chart planChart = new Chart(Chart.Type.BAR,
      "This month's tickets per plan: created, escalated, resolved and backlog. The per-plan table below has the figures.");
  private final Chart tierChart = new Chart(Chart.Type.BAR,
      "This month's escalations by the tier they reached. The escalations table below has the figures.");

  private final MetricsTable<Segment> timesTable;
  private final MetricsTable<Segment> planTable;
  private final MetricsTable<PlanTrendRow> slaTrendTable;
  private final MetricsTable<EscalationCount> escalationTable;
  private final MetricsTable<Segment> qaAgentTable;
  private final MetricsTable<Segment> qaTeamTable;
  private final MetricsTable<MonthFigures> trendTable;
  private final MetricsTable<ReviewerCalibration> calibrationTable;

  private final Div empty = new Div();
  private final Div content = new Div();
  private final H3 monthHeading = new H3();

  private List<YearMonth> months = List.of();
  private List<MonthFigures> trend = List.of();
  private List<Plan> trendPlans = List.of();
  private List<String> planLabels = List.of();
  private List<String> tiers = List.of();
  /** Changing filters from code, not the user: no reload for each. */
  private boolean loading;
  private YearMonth agentsOf;

  /** One month of the SLA-per-plan trend: each plan's first-response and resolution attainment. */
  record PlanTrendRow(YearMonth month, Map<Plan, MonthFigures> byPlan) {}

  public MetricsView(
      MetricsReport report,
      MetricsDrillDown drillDown,
      StaffDirectory staff,
      QaCalibrations calibrations,
      ReportingProperties reporting,
      AuthenticationContext authentication) {
    this.report = report;
    this.calibrations = calibrations;
    this.reporting = reporting;
    this.seesCalibrations = authentication.hasAnyRole(Role.MANAGER_ROLE, Role.QA_ROLE);
    this.drillDown = drillDown;
    this.staff = staff;
    this.manager = authentication.hasRole(Role.MANAGER_ROLE);
    this.ownFiguresOnly =
        authentication.hasRole(Role.AGENT_ROLE) && !authentication.hasAnyRole(Role.MANAGER_ROLE, Role.QA_ROLE, Role.ADMIN_ROLE);
    addClassName("sf-page");
    setId("metrics-view");

    timesTable = new MetricsTable<>(
        "table-times", "Response and resolution times per plan and channel", "times", timesColumns(), this::drillCell);
    planTable = new MetricsTable<>(
        "table-plans", "SLA attainment and volumes per plan", "sla-per-plan", planColumns(), this::drillCell);
    slaTrendTable = new MetricsTable<>(
        "table-sla-trend", "SLA attainment per plan, last 12 months", "sla-trend", slaTrendColumns(), this::drillCell);
    escalationTable = new MetricsTable<>(
        "table-escalations", "Escalations by tier and reason", "escalations", escalationColumns(), this::drillCell);
    qaAgentTable = new MetricsTable<>(
        "table-qa-agents", "QA score by agent", "qa-by-agent", qaColumns("Agent"), this::drillCell);
    qaTeamTable = new MetricsTable<>(
        "table-qa-teams", "QA score by team", "qa-by-team", qaColumns("Team"), this::drillCell);
    trendTable = new MetricsTable<>(
        "table-trend", "The last 12 months", "trend", trendColumns(), this::drillCell);
    calibrationTable = new MetricsTable<>(
        "table-calibration", "Reviewer calibration: distance from the group (all of the month's calibrations)",
        "calibration", calibrationColumns(), this::drillCell);
    calibrationTable.setVisible(seesCalibrations);
    for (MetricsTable<?> table : tables()) {
      table.setFileSuffix(this::fileSuffix);
    }

    H2 title = new H2(ownFiguresOnly ? "My metrics" : "Metrics");
    RouterLink help = new RouterLink("What do these figures mean?", MetricsHelpView.class);
    help.setId("metrics-help-link");
    add(title);

    months = report.computedMonths();
    if (months.isEmpty()) {
      empty.setId("metrics-empty");
      empty.addClassName("sf-empty");
      empty.add(new Paragraph(NO_MONTH_YET));
      if (manager) {
        Paragraph how = new Paragraph(
            "The workflow computes the previous month into the summary tables on the 1st of each month and gives "
                + "managers its review task under Monthly review; the dashboard shows each month from then on.");
        how.setId("metrics-empty-how");
        empty.add(how);
      }
      add(empty, help);
      return;
    }

    configureFilters();
    configureCharts();
    monthHeading.setId("metrics-month-heading");
    Div filters = new Div(month, plan, channel, team, agent, help);
    filters.addClassName("sf-metrics-filters");
    filters.setId("metrics-filters");

    Div trendCharts = new Div(
        card("First response time", frtChart),
        card("SLA attainment per plan", slaChart),
        card("CSAT and survey response rate", csatChart),
        card("Escalation rate", escalationChart),
        card("Backlog at month end", backlogChart));
    trendCharts.addClassName("sf-chart-grid");
    trendCharts.setId("metrics-trend-charts");
    Div monthCharts = new Div(card("Tickets per plan", planChart), card("Escalations by tier", tierChart));
    monthCharts.addClassName("sf-chart-grid");
    monthCharts.setId("metrics-month-charts");
    Div tableGrid = new Div(
        timesTable, planTable, escalationTable, qaAgentTable, qaTeamTable, calibrationTable, slaTrendTable, trendTable);
    tableGrid.addClassName("sf-metrics-tables");

    content.setWidthFull();
    content.add(headlines, new H3("Last 12 months"), trendCharts, monthHeading, monthCharts, tableGrid);
    content.addClassName("sf-metrics-content");
    add(filters, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (months.isEmpty()) {
      return;
    }
    QueryParameters query = event.getLocation().getQueryParameters();
    YearMonth chosen = query.getSingleParameter("month").flatMap(MetricsView::parseMonth).filter(months::contains).orElse(months.get(0));
    loading = true;
    try {
      month.setValue(chosen);
      plan.setValue(query.getSingleParameter("plan").flatMap(p -> parseEnum(Plan.class, p)).orElse(null));
      channel.setValue(query.getSingleParameter("channel").flatMap(c -> parseEnum(Channel.class, c)).orElse(null));
      if (!ownFiguresOnly) {
        team.setValue(query.getSingleParameter("team").filter(t -> report.teams().contains(t)).orElse(null));
        String chosenAgent = query.getSingleParameter("agent").orElse(null);
        if (chosenAgent != null) {
          agent.setItems(List.of(chosenAgent));
          agentsOf = null;
        }
        agent.setValue(chosenAgent);
      }
    } finally {
      loading = false;
    }
    refresh();
  }

  private static <E extends Enum<E>> java.util.Optional<E> parseEnum(Class<E> type, String name) {
    try {
      return java.util.Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** The month and filters as the page's query string, so the address can be bookmarked and shared. */
  QueryParameters queryParameters() {
    MetricsFilter filter = filter();
    Map<String, String> parameters = new java.util.LinkedHashMap<>();
    parameters.put("month", filter.month().toString());
    if (filter.plan() != null) {
      parameters.put("plan", filter.plan().name());
    }
    if (filter.channel() != null) {
      parameters.put("channel", filter.channel().name());
    }
    if (filter.team() != null) {
      parameters.put("team", filter.team());
    }
    if (filter.agent() != null) {
      parameters.put("agent", filter.agent());
    }
    return QueryParameters.simple(parameters);
  }

  private static java.util.Optional<YearMonth> parseMonth(String text) {
    try {
      return java.util.Optional.of(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private void configureFilters() {
    month.setId("filter-month");
    month.setLabel("Month");
    month.setItems(months);
    month.setItemLabelGenerator(MetricFormat::month);
    plan.setId("filter-plan");
    plan.setLabel("Plan");
    plan.setItems(Plan.values());
    plan.setItemLabelGenerator(p -> p == null ? "All plans" : p.label());
    plan.setEmptySelectionAllowed(true);
    plan.setEmptySelectionCaption("All plans");
    channel.setId("filter-channel");
    channel.setLabel("Channel");
    channel.setItems(Channel.values());
    channel.setItemLabelGenerator(c -> c == null ? "All channels" : MetricFormat.channel(c));
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption("All channels");
    team.setId("filter-team");
    team.setPlaceholder("All teams");
    team.setClearButtonVisible(true);
    team.setItems(report.teams());
    agent.setId("filter-agent");
    agent.setPlaceholder("All agents");
    agent.setClearButtonVisible(true);
    agent.setItemLabelGenerator(a -> a.isEmpty() ? "Unassigned" : staff.displayName(a));
    team.setVisible(!ownFiguresOnly);
    agent.setVisible(!ownFiguresOnly);
    month.addValueChangeListener(change -> filterChanged());
    plan.addValueChangeListener(change -> filterChanged());
    channel.addValueChangeListener(change -> filterChanged());
    team.addValueChangeListener(change -> filterChanged());
    agent.addValueChangeListener(change -> filterChanged());
  }

  private void filterChanged() {
    if (!loading) {
      refresh();
      getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("metrics", queryParameters())));
    }
  }

  private void configureCharts() {
    frtChart.setId("chart-first-response");
    frtChart.addPointClickListener(click -> drill(Metric.FIRST_RESPONSES, trendMonth(click.index()), null, null));
    slaChart.setId("chart-sla");
    slaChart.addPointClickListener(click -> {
      Plan p = trendPlans.get(click.datasetIndex() / 2);
      Metric metric = click.datasetIndex() % 2 == 0 ? Metric.FIRST_RESPONSE_BREACHED : Metric.RESOLUTION_BREACHED;
      drill(metric, trendMonth(click.index()).withPlan(p), null, null);
    });
    csatChart.setId("chart-csat");
    csatChart.addPointClickListener(click ->
        drill(click.datasetIndex() == 0 ? Metric.SURVEYS_ANSWERED : Metric.SURVEYS_SENT, trendMonth(click.index()), null, null));
    escalationChart.setId("chart-escalation");
    escalationChart.addPointClickListener(click -> drill(Metric.TICKETS_ESCALATED, trendMonth(click.index()), null, null));
    backlogChart.setId("chart-backlog");
    backlogChart.addPointClickListener(click -> drill(Metric.BACKLOG_AT_END, trendMonth(click.index()), null, null));
    planChart.setId("chart-plans");
    planChart.addPointClickListener(click -> {
      Metric metric = PLAN_CHART_METRICS.get(click.datasetIndex());
      drill(metric, filter().withPlan(Plan.valueOf(planLabels.get(click.index()))), null, null);
    });
    tierChart.setId("chart-tiers");
    tierChart.addPointClickListener(click -> drill(Metric.ESCALATIONS, filter(), tiers.get(click.index()), null));
  }

  private static final List<Metric> PLAN_CHART_METRICS =
      List.of(Metric.TICKETS_CREATED, Metric.TICKETS_ESCALATED, Metric.RESOLVED, Metric.BACKLOG_AT_END);

  private static Div card(String title, Chart chart) {
    Div card = new Div(new H3(title), chart);
    card.addClassNames("sf-card", "sf-chart-card");
    return card;
  }

  /** The filters as chosen; the services narrow an agent's to their own tickets. */
  MetricsFilter filter() {
    return new MetricsFilter(
        month.getValue(), plan.getValue(), channel.getValue(), ownFiguresOnly ? null : team.getValue(),
        ownFiguresOnly ? null : agent.getValue());
  }

  private MetricsFilter trendMonth(int index) {
    return filter().withMonth(trend.get(index).month());
  }

  void refresh() {
    if (month.getValue() == null) {
      return;
    }
    MetricsFilter filter = filter();
    if (!ownFiguresOnly && !filter.month().equals(agentsOf)) {
      String chosenAgent = agent.getValue();
      List<String> agents = new ArrayList<>(report.agents(filter.month()));
      if (chosenAgent != null && !agents.contains(chosenAgent)) {
        agents.add(chosenAgent);
      }
      loading = true;
      try {
        agent.setItems(agents);
        agent.setValue(chosenAgent);
      } finally {
        loading = false;
      }
      agentsOf = filter.month();
    }
    monthHeading.setText(MetricFormat.month(filter.month()));
    headlines.show(report.figures(filter));

    trend = report.trend(filter, TREND_MONTHS);
    List<String> labels = trend.stream().map(f -> MetricFormat.shortMonth(f.month())).toList();
    frtChart.setData(labels, List.of(
        new Dataset("Median", trend.stream().map(f -> hours(f.firstResponseMedian())).toList(), Unit.HOURS),
        new Dataset("90th percentile", trend.stream().map(f -> hours(f.firstResponseP90())).toList(), Unit.HOURS)));
    csatChart.setData(labels, List.of(
        new Dataset("CSAT (1–5)", trend.stream().map(f -> value(f.csatAverage())).toList(), Unit.NONE),
        new Dataset("Response rate", trend.stream().map(f -> value(f.surveyResponseRate())).toList(), Unit.PERCENT)));
    escalationChart.setData(labels, List.of(
        new Dataset("Escalation rate", trend.stream().map(f -> value(f.escalationRate())).toList(), Unit.PERCENT)));
    backlogChart.setData(labels, List.of(
        new Dataset("Backlog at month end", trend.stream().map(f -> (double) f.backlogAtEnd()).toList(), Unit.NONE)));

    trendPlans = filter.plan() == null ? List.of(Plan.values()) : List.of(filter.plan());
    Map<Plan, List<MonthFigures>> planTrends = trendPlans.stream()
        .collect(Collectors.toMap(
            p -> p, p -> report.trend(filter.withPlan(p), TREND_MONTHS), (a, b) -> a, () -> new java.util.EnumMap<>(Plan.class)));
    List<Dataset> slaDatasets = new ArrayList<>();
    for (Plan p : trendPlans) {
      List<MonthFigures> figures = planTrends.get(p);
      slaDatasets.add(new Dataset(p.label() + " first response", figures.stream().map(f -> value(f.firstResponseAttainment())).toList(), Unit.PERCENT));
      slaDatasets.add(new Dataset(p.label() + " resolution", figures.stream().map(f -> value(f.resolutionAttainment())).toList(), Unit.PERCENT));
    }
    slaChart.setData(labels, slaDatasets);
    List<PlanTrendRow> slaRows = new ArrayList<>();
    for (int i = 0; i < trend.size(); i++) {
      Map<Plan, MonthFigures> byPlan = new java.util.EnumMap<>(Plan.class);
      for (Plan p : trendPlans) {
        byPlan.put(p, planTrends.get(p).get(i));
      }
      slaRows.add(new PlanTrendRow(trend.get(i).month(), byPlan));
    }
    slaTrendTable.setRows(slaRows);

    List<Segment> perPlan = report.breakdown(filter, Dimension.PLAN);
    planLabels = perPlan.stream().map(s -> s.keys().get(Dimension.PLAN)).toList();
    planChart.setData(perPlan.stream().map(Segment::label).toList(), List.of(
        new Dataset("Created", perPlan.stream().map(s -> (double) s.figures().ticketsCreated()).toList(), Unit.NONE),
        new Dataset("Escalated", perPlan.stream().map(s -> (double) s.figures().ticketsEscalated()).toList(), Unit.NONE),
        new Dataset("Resolved", perPlan.stream().map(s -> (double) s.figures().resolved()).toList(), Unit.NONE),
        new Dataset("Backlog at month end", perPlan.stream().map(s -> (double) s.figures().backlogAtEnd()).toList(), Unit.NONE)));
    planTable.setRows(perPlan);

    List<EscalationCount> escalations = report.escalations(filter);
    escalationTable.setRows(escalations);
    Map<String, Long> perTier = escalations.stream()
        .collect(Collectors.groupingBy(
            EscalationCount::tier, java.util.TreeMap::new, Collectors.summingLong(EscalationCount::escalations)));
    tiers = List.copyOf(perTier.keySet());
    tierChart.setData(tiers.stream().map(MetricFormat::tier).toList(), List.of(
        new Dataset("Escalations", perTier.values().stream().map(Long::doubleValue).toList(), Unit.NONE)));

    timesTable.setRows(report.breakdown(filter, Dimension.PLAN, Dimension.CHANNEL));
    qaAgentTable.setRows(withQaReviews(report.breakdown(filter, Dimension.AGENT)));
    qaTeamTable.setRows(withQaReviews(report.breakdown(filter, Dimension.TEAM)));
    if (seesCalibrations) {
      calibrationTable.setRows(
          calibrations.reviewerCalibrations(reporting.startOf(filter.month()), reporting.endOf(filter.month())));
    }
    trendTable.setRows(trend.reversed());
  }

  private static List<Segment> withQaReviews(List<Segment> segments) {
    return segments.stream().filter(s -> s.figures().qaReviews() > 0).toList();
  }

  private void openHeadline(Headlines.Headline headline) {
    drill(headline.metric(), filter(), null, null);
  }

  private void drill(Metric metric, MetricsFilter filter, String tier, String reason) {
    new DrillDownDialog(drillDown, staff::displayName, filter, metric, tier, reason, scope(filter, tier, reason)).open();
  }

  /** "October 2026 · Pro plan · Web form · L1 frontline · Alex Agent": what a drill-down lists. */
  String scope(MetricsFilter filter, String tier, String reason) {
    List<String> parts = new ArrayList<>();
    parts.add(MetricFormat.month(filter.month()));
    if (filter.plan() != null) {
      parts.add(filter.plan().label() + " plan");
    }
    if (filter.channel() != null) {
      parts.add(MetricFormat.channel(filter.channel()));
    }
    if (filter.team() != null) {
      parts.add(filter.team());
    }
    if (ownFiguresOnly) {
      parts.add("my tickets");
    } else if (filter.agent() != null) {
      parts.add(filter.agent().isEmpty() ? "Unassigned" : staff.displayName(filter.agent()));
    }
    if (tier != null) {
      parts.add("tier " + MetricFormat.tier(tier));
    }
    if (reason != null) {
      parts.add(EscalationReason.labelOf(reason));
    }
    return String.join(" · ", parts);
  }

  /** The month and filters in a file name: "2026-10-pro-web-l1-frontline-alex". */
  private String fileSuffix() {
    MetricsFilter filter = filter();
    List<String> parts = new ArrayList<>();
    parts.add(filter.month().toString());
    if (filter.plan() != null) {
      parts.add(filter.plan().name());
    }
    if (filter.channel() != null) {
      parts.add(filter.channel().name());
    }
    if (filter.team() != null) {
      parts.add("team-" + filter.team());
    }
    if (filter.agent() != null) {
      parts.add("agent-" + (filter.agent().isEmpty() ? "unassigned" : filter.agent()));
    }
    return parts.stream()
        .map(p -> p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""))
        .filter(p -> !p.isEmpty())
        .collect(Collectors.joining("-"));
  }

  private List<MetricsTable<?>> tables() {
    return List.of(
        timesTable, planTable, slaTrendTable, escalationTable, qaAgentTable, qaTeamTable, calibrationTable, trendTable);
  }

  // --- table columns ------------------------------------------------------------------------

  private static String minutes(Duration duration) {
    return duration == null ? "" : Long.toString(duration.toMinutes());
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ENGLISH, "%.1f", value.getAsDouble()) : "";
  }

  private static <T> Column<T> durationColumn(String header, Function<T, Duration> value) {
    return Column.figure(header, t -> duration(value.apply(t)), header + " (minutes)", t -> minutes(value.apply(t)));
  }

  private static <T> Column<T> percentColumn(String header, Function<T, OptionalDouble> value) {
    return Column.figure(header, t -> percent(value.apply(t)), header + " (%)", t -> number(value.apply(t)));
  }

  private static <T> Column<T> countColumn(String header, Function<T, Long> value) {
    return Column.figure(header, t -> count(value.apply(t)), header, t -> Long.toString(value.apply(t)));
  }

  /** The page's filter narrowed to a breakdown row's plan, channel, team or agent. */
  private static UnaryOperator<MetricsFilter> narrowTo(Segment segment) {
    return filter -> {
      MetricsFilter narrowed = filter;
      for (Map.Entry<Dimension, String> key : segment.keys().entrySet()) {
        narrowed = switch (key.getKey()) {
          case PLAN -> narrowed.withPlan(Plan.valueOf(key.getValue()));
          case CHANNEL -> narrowed.withChannel(Channel.valueOf(key.getValue()));
          case TEAM -> narrowed.withTeam(key.getValue());
          case AGENT -> narrowed.withAgent(key.getValue());
        };
      }
      return narrowed;
    };
  }

  private static UnaryOperator<MetricsFilter> inMonth(MonthFigures figures) {
    return filter -> filter.withMonth(figures.month());
  }

  private void drillCell(Drill cell) {
    drill(cell.metric(), cell.narrow().apply(filter()), cell.tier(), cell.reason());
  }

  private static String planOf(Segment s) {
    return Plan.valueOf(s.keys().get(Dimension.PLAN)).label();
  }

  private static List<Column<Segment>> timesColumns() {
    return List.of(
        Column.text("Plan", MetricsView::planOf),
        Column.text("Channel", s -> MetricFormat.channel(Channel.valueOf(s.keys().get(Dimension.CHANNEL)))),
        MetricsView.<Segment>countColumn("First responses", s -> s.figures().firstResponses())
            .drillingTo(s -> Drill.of(Metric.FIRST_RESPONSES, narrowTo(s))),
        durationColumn("First response median", s -> s.figures().firstResponseMedian()),
        durationColumn("First response p90", s -> s.figures().firstResponseP90()),
        MetricsView.<Segment>countColumn("Resolved", s -> s.figures().resolved())
            .drillingTo(s -> Drill.of(Metric.RESOLVED, narrowTo(s))),
        durationColumn("Resolution median", s -> s.figures().resolutionMedian()),
        durationColumn("Resolution p90", s -> s.figures().resolutionP90()));
  }

  private static List<Column<Segment>> planColumns() {
    return List.of(
        Column.text("Plan", MetricsView::planOf),
        MetricsView.<Segment>countColumn("Created", s -> s.figures().ticketsCreated())
            .drillingTo(s -> Drill.of(Metric.TICKETS_CREATED, narrowTo(s))),
        MetricsView.<Segment>countColumn("Escalated", s -> s.figures().ticketsEscalated())
            .drillingTo(s -> Drill.of(Metric.TICKETS_ESCALATED, narrowTo(s))),
        MetricsView.<Segment>countColumn("First responses", s -> s.figures().firstResponses())
            .drillingTo(s -> Drill.of(Metric.FIRST_RESPONSES, narrowTo(s))),
        MetricsView.<Segment>countColumn("First response breached", s -> s.figures().firstResponseBreached())
            .drillingTo(s -> Drill.of(Metric.FIRST_RESPONSE_BREACHED, narrowTo(s))),
        percentColumn("First-response SLA", s -> s.figures().firstResponseAttainment()),
        MetricsView.<Segment>countColumn("Resolved", s -> s.figures().resolved())
            .drillingTo(s -> Drill.of(Metric.RESOLVED, narrowTo(s))),
        MetricsView.<Segment>countColumn("Resolution breached", s -> s.figures().resolutionBreached())
            .drillingTo(s -> Drill.of(Metric.RESOLUTION_BREACHED, narrowTo(s))),
        percentColumn("Resolution SLA", s -> s.figures().resolutionAttainment()),
        MetricsView.<Segment>countColumn("Backlog at month end", s -> s.figures().backlogAtEnd())
            .drillingTo(s -> Drill.of(Metric.BACKLOG_AT_END, narrowTo(s))));
  }

  private static List<Column<PlanTrendRow>> slaTrendColumns() {
    List<Column<PlanTrendRow>> columns = new ArrayList<>();
    columns.add(Column.text("Month", r -> MetricFormat.shortMonth(r.month()), r -> r.month().toString()));
    for (Plan p : Plan.values()) {
      columns.add(percentColumn(p.label() + " first response",
          r -> r.byPlan().containsKey(p) ? r.byPlan().get(p).firstResponseAttainment() : OptionalDouble.empty()));
      columns.add(percentColumn(p.label() + " resolution",
          r -> r.byPlan().containsKey(p) ? r.byPlan().get(p).resolutionAttainment() : OptionalDouble.empty()));
    }
    return columns;
  }

  private static List<Column<EscalationCount>> escalationColumns() {
    return List.of(
        Column.text("Tier", e -> MetricFormat.tier(e.tier())),
        Column.text("Reason", e -> EscalationReason.labelOf(e.reason())),
        MetricsView.<EscalationCount>countColumn("Escalations", EscalationCount::escalations)
            .drillingTo(e -> new Drill(Metric.ESCALATIONS, f -> f, e.tier(), e.reason())));
  }

  private static List<Column<Segment>> qaColumns(String who) {
    return List.of(
        Column.text(who, Segment::label),
        MetricsView.<Segment>countColumn("Reviews", s -> s.figures().qaReviews())
            .drillingTo(s -> Drill.of(Metric.QA_REVIEWS, narrowTo(s))),
        percentColumn("Average score", s -> s.figures().qaAverage()),
        MetricsView.<Segment>countColumn("Failed", s -> s.figures().qaFailed())
            .drillingTo(s -> Drill.of(Metric.QA_FAILED, narrowTo(s))),
        percentColumn("Fail rate", s -> s.figures().qaFailRate()));
  }

  private List<Column<ReviewerCalibration>> calibrationColumns() {
    return List.of(
        Column.text("Reviewer", r -> staff.displayName(r.reviewer()), ReviewerCalibration::reviewer),
        MetricsView.<ReviewerCalibration>countColumn("Calibrations", ReviewerCalibration::calibrations),
        Column.figure("Mean distance from the group", r -> points(r.meanAbsoluteDeviation()),
            "Mean distance from the group (points)", r -> r.meanAbsoluteDeviation().toPlainString()),
        Column.figure("Leaning", r -> leaning(r.meanDeviation()), "Mean deviation (points, + = more lenient)",
            r -> r.meanDeviation().toPlainString()));
  }

  private static String points(BigDecimal value) {
    return value.toPlainString() + " points";
  }

  private static String leaning(BigDecimal deviation) {
    int sign = deviation.signum();
    return sign == 0 ? "on the group mean"
        : (sign > 0 ? "+" : "") + deviation.toPlainString() + (sign > 0 ? " (more lenient)" : " (stricter)");
  }

  private static List<Column<MonthFigures>> trendColumns() {
    return List.of(
        Column.text("Month", f -> MetricFormat.shortMonth(f.month()), f -> f.month().toString()),
        MetricsView.<MonthFigures>countColumn("Created", MonthFigures::ticketsCreated)
            .drillingTo(f -> Drill.of(Metric.TICKETS_CREATED, inMonth(f))),
        durationColumn("First response median", MonthFigures::firstResponseMedian),
        durationColumn("First response p90", MonthFigures::firstResponseP90),
        percentColumn("First-response SLA", MonthFigures::firstResponseAttainment),
        durationColumn("Resolution median", MonthFigures::resolutionMedian),
        percentColumn("Resolution SLA", MonthFigures::resolutionAttainment),
        percentColumn("Reopen rate", MonthFigures::reopenRate),
        percentColumn("First-contact resolution", MonthFigures::firstContactResolutionRate),
        percentColumn("Escalation rate", MonthFigures::escalationRate),
        MetricsView.<MonthFigures>countColumn("Backlog at month end", MonthFigures::backlogAtEnd)
            .drillingTo(f -> Drill.of(Metric.BACKLOG_AT_END, inMonth(f))),
        Column.figure("CSAT (1–5)", f -> decimal(f.csatAverage()), "CSAT (1-5)", f -> number(f.csatAverage())),
        percentColumn("Survey response rate", MonthFigures::surveyResponseRate),
        percentColumn("QA average", MonthFigures::qaAverage));
  }
}
