package no.mediaweb.supportflow.localrun;

import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import no.mediaweb.supportflow.sla.CalendarAdminService;
import no.mediaweb.supportflow.sla.CalendarCatalog;
import no.mediaweb.supportflow.sla.CalendarDefinition;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import java.time.Instant;
import io.camunda.client.CamundaClient;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.qa.DrawSampleWorker;
import no.mediaweb.supportflow.qa.QaSampling;
import no.mediaweb.supportflow.reporting.generator.GeneratedHistory;
import java.util.Optional;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.CustomerPortalService;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo users (one per role), customers on each plan and a handful of tickets that the real
 * workflow has moved into different states. Refuses a database that already holds open tickets:
 * their process instances died with the previous embedded engine.
 */
@Component
@Profile(LocalRunConfiguration.PROFILE)
class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
  private static final List<String> OWNER_TASKS =
      List.of(SupportTicketProcess.Elements.SEND_FIRST_RESPONSE, SupportTicketProcess.Elements.WORK_ON_TICKET);

  record Login(
      String username, String password, String displayName, Role role, List<String> groups, boolean senior,
      List<String> languages) {}

  static final List<Login> LOGINS =
      List.of(
          new Login("agent", "agent", "Alex Agent", Role.AGENT, List.of("l1-agents"), true, List.of("en")),
          new Login("agent2", "agent2", "Sam Support", Role.AGENT, List.of("l1-agents"), false, List.of("en", "es")),
          new Login("specialist", "specialist", "Lee Specialist", Role.AGENT, List.of("l2-specialists"), false, List.of("en")),
          new Login("engineer", "engineer", "Eli Engineer", Role.AGENT, List.of("l3-engineering"), true, List.of("en")),
          new Login("product", "product", "Pat Product", Role.AGENT, List.of("product-team"), false, List.of("en")),
          new Login("manager", "manager", "Maria Manager", Role.MANAGER, List.of("managers"), false, List.of("en")),
          // a QA reviewer and QA lead: scores sampled tickets, decides disputes, starts calibrations
          new Login("qa", "qa", "Quinn QA", Role.QA, List.of("qa-reviewers", "qa-leads"), false, List.of("en")),
          new Login("admin", "admin", "Ada Admin", Role.ADMIN, List.of(), false, List.of("en")));

  private final StaffDirectory staff;
  private final CustomerRepository customers;
  private final TicketRepository tickets;
  private final TicketIntakeService intake;
  private final InboxService inbox;
  private final EscalationService escalations;
  private final CustomerPortalService portal;
  private final CustomerLinks links;
  private final CalendarAdminService calendars;
  private final Environment environment;
  private final QaSampling qaSampling;
  private final CamundaClient client;
  private final DemoHistory history;

  DemoData(
      StaffDirectory staff,
      CustomerRepository customers,
      TicketRepository tickets,
      TicketIntakeService intake,
      InboxService inbox,
      EscalationService escalations,
      CustomerPortalService portal,
      CustomerLinks links,
      CalendarAdminService calendars,
      Environment environment,
      QaSampling qaSampling,
      CamundaClient client,
      DemoHistory history) {
    this.history = history;
    this.qaSampling = qaSampling;
    this.client = client;
    this.staff = staff;
    this.customers = customers;
    this.tickets = tickets;
    this.intake = intake;
    this.inbox = inbox;
    this.escalations = escalations;
    this.portal = portal;
    this.environment = environment;
    this.links = links;
    this.calendars = calendars;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    long open = tickets.countOpen();
    if (open > 0) {
      LOG.error(
          "The database already holds {} open tickets whose workflow instances lived in a previous embedded engine. "
              + "The local run refuses to pair a fresh engine with them: point SUPPORTFLOW_DB_URL at an empty database "
              + "or unset it to use a fresh embedded one.",
          open);
      System.exit(2);
    }
    for (Login login : LOGINS) {
      staff.createIfAbsent(
          login.username(), login.displayName(), login.password(), List.of(login.role()), login.groups(), login.senior(),
          login.languages());
    }
    createCalendars();
    printBanner();
    Thread.ofVirtual().name("demo-tickets").start(this::createTickets);
  }

  /** Business hours with public holidays for the demo customers' zones. */
  private void createCalendars() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    try {
      List<String> zones = calendars.list().stream().map(CalendarDefinition::zone).toList();
      Map<DayOfWeek, List<LocalInterval>> weekdays = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
        weekdays.put(day, List.of(LocalInterval.parse("09:00", "18:00")));
      }
      record Office(String zone, String country, String name) {}
      for (Office office :
          List.of(
              new Office("Europe/Oslo", "NO", "Business hours — Norway"),
              new Office("Europe/Madrid", "ES", "Business hours — Spain"),
              new Office("Europe/London", "GB", "Business hours — United Kingdom"),
              new Office("America/New_York", "US", "Business hours — United States (Eastern)"))) {
        if (!zones.contains(office.zone())) {
          calendars.save(
              new CalendarDefinition(
                  null, CalendarCatalog.BUSINESS_HOURS, office.name(), office.zone(), office.country(), false,
                  weekdays, List.of(), Map.of()));
        }
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void printBanner() {
    String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
    StringBuilder banner = new StringBuilder();
    banner.append("\n\n==================================================================\n");
    banner.append("  Supportflow is running: ").append(url).append("\n\n");
    banner.append("  Staff logins (user / password):\n");
    for (Login login : LOGINS) {
      banner.append("    %-10s / %-10s  %s (%s)%n".formatted(login.username(), login.password(), login.displayName(), login.role()));
    }
    banner.append("\n  Public ticket form:  ").append(url).append("/new-ticket\n");
    banner.append("  Time travel (admin): ").append(url).append("/admin/time-travel\n");
    banner.append("  Business calendars (admin): ").append(url).append("/admin/calendars\n");
    banner.append("  Sent mail (admin, manager): ").append(url).append("/mail\n");
    banner.append("  Metrics dashboard (a year of history): ").append(url).append("/metrics\n");
    banner.append("  Embedded mail server (GreenMail) on ").append(environment.getProperty("spring.mail.host"))
        .append(": SMTP port ").append(environment.getProperty("spring.mail.port"))
        .append(", IMAP port ").append(environment.getProperty("supportflow.mail.inbound.port")).append("\n");
    banner.append("    Write to ").append(environment.getProperty("supportflow.mail.support-address"))
        .append(" over that SMTP port from a demo customer's address to open a ticket by e-mail;\n");
    banner.append("    every customer's mails can also be read over IMAP (login and password: the address).\n");
    banner.append("  Demo customers: ingrid@nordlysfoto.no (Starter), lucia@studiosol.es (Pro),\n");
    banner.append("                  hello@pixelandpine.co.uk (Pro), ops@hudsonarch.com (Enterprise)\n\n");
    banner.append("  Embedded Zeebe engine and MariaDB: EPHEMERAL. Every start begins with a\n");
    banner.append("  fresh database and demo data; nothing survives a restart.\n");
    banner.append("==================================================================\n");
    LOG.info(banner.toString());
  }

  private void createTickets() {
    try {
      SecurityContextHolder.getContext()
          .setAuthentication(
              UsernamePasswordAuthenticationToken.authenticated(
                  "agent", "n/a", List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
      Customer nordlys = customer("ingrid@nordlysfoto.no", "Ingrid Berg", "Nordlys Foto", Plan.STARTER, "Europe/Oslo", "en");
      Customer sol = customer("lucia@studiosol.es", "Lucía Martín", "Studio Sol", Plan.PRO, "Europe/Madrid", "es");
      Customer pine = customer("hello@pixelandpine.co.uk", "Oliver Hughes", "Pixel & Pine", Plan.PRO, "Europe/London", "en");
      Customer hudson = customer("ops@hudsonarch.com", "Dana Hudson", "Hudson Architects", Plan.ENTERPRISE, "America/New_York", "en");

      open(nordlys, "Contact form not sending e-mails since the last update",
          "Summary: visitors' messages from the contact form never arrive.\nSteps: submit the form on /contact.\n"
              + "Expected: an e-mail to ingrid@nordlysfoto.no. Actual: the form says 'sent', nothing arrives.\n"
              + "Tried: checked spam, re-saved the form settings.\nImpact: we lose booking requests.",
          Priority.NORMAL, Channel.WEB);

      OpenedTicket gallery = open(sol, "Gallery images load slowly on mobile",
          "Summary: the portfolio gallery takes 10+ seconds on phones.\nSteps: open /portfolio on a phone over 4G.\n"
              + "Expected: under 3 seconds. Actual: 10-15 seconds, images pop in one by one.\nImpact: visitors leave.",
          Priority.HIGH, Channel.WEB);
      answer(gallery, AgentAction.REQUEST_INFO,
          "Thanks Lucía. Which phone and browser do you see this on, and roughly how large are the original images?");
      awaitStatus(gallery, TicketStatus.WAITING_ON_CUSTOMER);

      OpenedTicket checkout = intake.open(
          new NewTicket(hudson.accountEmail(), "Checkout returns error 500 for every order",
              "Summary: our print shop checkout fails for all customers since 08:40 EST.\nError: 'HTTP 500 - payment session could not be created'.\n"
                  + "Impact: no orders can be placed.",
              Priority.CRITICAL, Category.PAYMENT_FAILURE),
          Channel.API);
      answer(checkout, AgentAction.REPLY,
          "We are on it: the payment provider integration shows errors since 08:38. Next update within 30 minutes.");
      awaitTask(checkout, false);

      OpenedTicket webhook = open(pine, "Booking webhook fails with 401 since yesterday",
          "Summary: our booking system no longer receives the form webhook.\nError: '401 invalid signature' in its log.\n"
              + "Impact: bookings from the site are not registered.",
          Priority.HIGH, Channel.WEB);
      answer(webhook, AgentAction.REPLY,
          "Thanks Oliver, we can reproduce the 401. I am asking our integration specialists to look at the signing key.");
      awaitTask(webhook, false);
      escalations.request(webhook.number(), EscalationReason.INTEGRATION_API,
          "Webhook signatures fail since the key rotation on Tuesday; needs a specialist to check the signing secret.");

      OpenedTicket domain = open(pine, "Custom domain shows a certificate warning",
          "Summary: https://pixelandpine.co.uk shows 'Your connection is not private'.\nStarted: after moving DNS yesterday.",
          Priority.NORMAL, Channel.EMAIL);
      answer(domain, AgentAction.PROPOSE_RESOLUTION,
          "The certificate has been reissued for the new DNS records; it is live now. Please confirm the warning is gone.");
      awaitStatus(domain, TicketStatus.RESOLVED);

      OpenedTicket font = open(nordlys, "How do I change my portfolio's heading font?",
          "Summary: I want a different font for headings only.", Priority.LOW, Channel.WEB);
      answer(font, AgentAction.PROPOSE_RESOLUTION,
          "Open Design > Typography > Headings and pick a font; it applies to all pages at once.");
      awaitStatus(font, TicketStatus.RESOLVED);
      portal.confirmResolution(font.number(), links.tokenFor(font.number()));
      awaitStatus(font, TicketStatus.CLOSED);

      closed(sol, "Can I export my client list to CSV?", "Summary: I need my client list in a spreadsheet.",
          "Go to Clients > Export and choose CSV; the file includes e-mail and phone for every client.");
      closed(hudson, "Invoice PDF shows the old company address",
          "Summary: the invoices we download still show our old address.",
          "The billing address is now updated under Account > Billing; new invoices will show it.");
      drawQaSample();
      GeneratedHistory year = history.create();

      LOG.info("Demo data ready: 8 tickets (queued, waiting on customer, an emergency, awaiting escalation approval,"
          + " resolved, three closed) and open QA reviews of a sample of the closed ones;"
          + " {} closed tickets of the last {} months for the metrics dashboard, whose last month waits for the"
          + " manager's review. Customer link of the waiting ticket: {}",
          year.tickets(), DemoHistory.MONTHS, gallery.customerLink());
    } catch (RuntimeException e) {
      LOG.error("Demo tickets could not be created completely", e);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void closed(Customer customer, String subject, String description, String resolution) {
    OpenedTicket ticket = open(customer, subject, description, Priority.NORMAL, Channel.WEB);
    answer(ticket, AgentAction.PROPOSE_RESOLUTION, resolution);
    awaitStatus(ticket, TicketStatus.RESOLVED);
    portal.confirmResolution(ticket.number(), links.tokenFor(ticket.number()));
    awaitStatus(ticket, TicketStatus.CLOSED);
  }

  /** Draws the week's QA sample now, as the Monday timer would, so the QA login finds open reviews. */
  private void drawQaSample() {
    List<Long> sample = qaSampling.draw("demo:" + UUID.randomUUID());
    client.newCreateInstanceCommand()
        .bpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .latestVersion()
        .variables(new DrawSampleWorker.DrawnSample(sample))
        .startBeforeElement(QaSamplingProcess.Elements.REVIEW_TICKET)
        .send()
        .join();
  }

  private Customer customer(String email, String name, String company, Plan plan, String zone, String language) {
    return customers
        .findByAccountEmail(email)
        .orElseGet(() -> customers.save(new Customer(null, email, name, company, plan, zone, language, Instant.now())));
  }

  private OpenedTicket open(Customer customer, String subject, String description, Priority priority, Channel channel) {
    return intake.open(new NewTicket(customer.accountEmail(), subject, description, priority), channel);
  }

  private void answer(OpenedTicket ticket, AgentAction action, String message) {
    InboxTask task = awaitTask(ticket, true);
    try {
      inbox.claim(task.jobKey());
    } catch (BusinessRuleException taken) {
      // an emergency's senior owner (the demo agent) may be assigned while the task sits in the queue
      task = awaitTask(ticket, false);
    }
    inbox.complete(task.jobKey(), new AgentResponse(action, message));
  }

  /** The ticket's task in the queue, or held by the demo agent (an emergency goes straight to a senior agent). */
  private InboxTask awaitTask(OpenedTicket ticket, boolean inQueue) {
    return await()
        .pollInSameThread()
        .atMost(STEP_TIMEOUT)
        .until(
            () -> (inQueue ? java.util.stream.Stream.concat(inbox.groupQueue().stream(), inbox.myTasks().stream()) : inbox.myTasks().stream())
                .filter(task -> task.ticketId() == ticket.id())
                .filter(task -> OWNER_TASKS.contains(task.elementId()))
                .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private void awaitStatus(OpenedTicket ticket, TicketStatus status) {
    await().atMost(STEP_TIMEOUT).until(() -> tickets.findById(ticket.id()).orElseThrow().status() == status);
  }
}
