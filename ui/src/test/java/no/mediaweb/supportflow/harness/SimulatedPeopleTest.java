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

class SimulatedPeopleTest {

  @Test
  void the_workload_index_is_read_from_the_subject() {
    assertThat(SimulatedPeople.indexOf("Crash ticket 417: Billing")).isEqualTo(417);
    assertThatThrownBy(() -> SimulatedPeople.indexOf("Bench ticket 3: Billing")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_agent_answers_with_the_scripted_action_for_the_steps_completed_and_proposes_a_resolution_past_the_end() {
    TicketScript script = new TicketScript(3, Plan.PRO, Priority.LOW, Category.OTHER, Channel.API,
        List.of(AgentAction.REPLY, AgentAction.REQUEST_INFO, AgentAction.PROPOSE_RESOLUTION));

    assertThat(SimulatedPeople.nextAction(script, 0)).isEqualTo(AgentAction.REPLY);
    assertThat(SimulatedPeople.nextAction(script, 1)).isEqualTo(AgentAction.REQUEST_INFO);
    assertThat(SimulatedPeople.nextAction(script, 2)).isEqualTo(AgentAction.PROPOSE_RESOLUTION);
    assertThat(SimulatedPeople.nextAction(script, 5)).isEqualTo(AgentAction.PROPOSE_RESOLUTION);
  }
}
