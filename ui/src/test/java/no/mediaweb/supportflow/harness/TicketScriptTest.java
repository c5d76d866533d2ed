package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Priority;
import org.junit.jupiter.api.Test;

class TicketScriptTest {

  @Test
  void the_same_seed_gives_the_same_workload_and_another_seed_another() {
    assertThat(TicketScript.generate(42, 200)).isEqualTo(TicketScript.generate(42, 200));
    assertThat(TicketScript.generate(43, 200)).isNotEqualTo(TicketScript.generate(42, 200));
  }

  @Test
  void the_workload_mixes_plans_priorities_and_paths_and_leaves_out_emergencies() {
    List<TicketScript> scripts = TicketScript.generate(20261127, 2000);

    assertThat(scripts).extracting(TicketScript::plan).contains(Plan.values());
    assertThat(scripts).extracting(TicketScript::priority).contains(Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.CRITICAL);
    assertThat(scripts).extracting(TicketScript::channel).contains(Channel.values());
    assertThat(scripts).filteredOn(s -> s.priority() == Priority.CRITICAL).allMatch(s -> s.plan() == Plan.STARTER);
    assertThat(scripts).noneMatch(s -> s.category().isCritical());
    assertThat(scripts).extracting(TicketScript::actions).contains(
        List.of(AgentAction.PROPOSE_RESOLUTION),
        List.of(AgentAction.REPLY, AgentAction.PROPOSE_RESOLUTION),
        List.of(AgentAction.REQUEST_INFO, AgentAction.PROPOSE_RESOLUTION),
        List.of(AgentAction.REPLY, AgentAction.REQUEST_INFO, AgentAction.PROPOSE_RESOLUTION));
    long starter = scripts.stream().filter(s -> s.plan() == Plan.STARTER).count();
    assertThat(starter).isBetween(1000L, 1200L);
  }

  @Test
  void a_script_must_end_with_a_proposed_resolution() {
    assertThatThrownBy(() -> new TicketScript(0, Plan.PRO, Priority.LOW, Category.OTHER, Channel.WEB, List.of(AgentAction.REPLY)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
