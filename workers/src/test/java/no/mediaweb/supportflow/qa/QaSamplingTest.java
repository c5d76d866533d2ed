package no.mediaweb.supportflow.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The draw against the database: periods, recorded seeds, redelivery and no repeats across runs. */
@WorkersTest
class QaSamplingTest {

  // a period of its own, long before any ticket the other tests write
  private static final Instant FROM = Instant.parse("2001-03-05T06:00:00Z");
  private static final Instant TO = Instant.parse("2001-03-12T06:00:00Z");

  @Autowired QaSampling sampling;
  @Autowired DrawSampleWorker worker;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;

  @Test
  void a_draw_takes_closed_tickets_of_the_period_per_agent_and_records_its_seed_and_period() {
    String agent = agent();
    List<Long> inPeriod = closedTickets(agent, 10, FROM.plusSeconds(3600));
    long before = closedTickets(agent, 1, FROM.minusSeconds(1)).getFirst();
    long open = testTickets.inState(TicketStatus.RESOLVED).id();
    setHandled(open, agent, FROM.plusSeconds(60));

    String runKey = "test:" + UUID.randomUUID();
    List<Long> sample = sampling.draw(runKey, FROM, TO, 77L);

    // other tests' tickets of the period may be drawn too; of this agent's, two of those closed in the period
    assertThat(sample).doesNotContain(before, open);
    assertThat(sample.stream().filter(inPeriod::contains)).hasSize(2);
    assertThat(jdbc.sql("SELECT seed FROM qa_sample_run WHERE run_key = :k").param("k", runKey).query(Long.class).single())
        .isEqualTo(77L);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_sample s JOIN qa_sample_run r ON r.id = s.run_id WHERE r.run_key = :k AND s.agent = :a")
            .param("k", runKey).param("a", agent).query(Integer.class).single())
        .isEqualTo(2);
  }

  @Test
  void a_redelivered_draw_uses_the_recorded_seed_and_writes_nothing_twice() {
    String agent = agent();
    closedTickets(agent, 40, FROM.plusSeconds(7200));
    String runKey = "test:" + UUID.randomUUID();

    List<Long> first = sampling.draw(runKey, FROM, TO, 1L);
    List<Long> again = sampling.draw(runKey, FROM, TO, 2L);

    assertThat(again).isEqualTo(first);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_sample_run WHERE run_key = :k").param("k", runKey).query(Integer.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_sample s JOIN qa_sample_run r ON r.id = s.run_id WHERE r.run_key = :k")
            .param("k", runKey).query(Integer.class).single())
        .isEqualTo(first.size());
  }

  @Test
  void a_later_run_over_the_same_tickets_never_draws_one_again() {
    String agent = agent();
    List<Long> tickets = closedTickets(agent, 6, FROM.plusSeconds(10_000));

    List<Long> first = sampling.draw("test:" + UUID.randomUUID(), FROM, TO, 3L);
    List<Long> second = sampling.draw("test:" + UUID.randomUUID(), FROM, TO, 3L);
    List<Long> third = sampling.draw("test:" + UUID.randomUUID(), FROM, TO, 3L);

    List<Long> mine = new ArrayList<>();
    for (List<Long> run : List.of(first, second, third)) {
      run.stream().filter(tickets::contains).forEach(mine::add);
    }
    assertThat(mine).hasSize(6).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tickets);
  }

  @Test
  void the_worker_keys_the_run_by_its_process_instance_so_a_redelivered_job_returns_the_same_sample() {
    // the worker's period starts where the latest run ended: make that now, away from the other tests' period
    sampling.draw("test:" + UUID.randomUUID(), SharedClock.now().minusSeconds(1), SharedClock.now(), 0L);
    var job = TestJobs.job(QaSamplingProcess.Elements.DRAW_SAMPLE);

    DrawSampleWorker.DrawnSample first = worker.draw(job);
    DrawSampleWorker.DrawnSample again = worker.draw(job);

    assertThat(again).isEqualTo(first);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_sample_run WHERE run_key = :k")
            .param("k", QaSamplingProcess.PROCESS_ID + ":" + job.getProcessInstanceKey())
            .query(Integer.class)
            .single())
        .isEqualTo(1);
  }

  private static String agent() {
    return "qa-sample-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private List<Long> closedTickets(String agent, int count, Instant closedAt) {
    List<Long> ids = new ArrayList<>();
    Plan[] plans = Plan.values();
    for (int i = 0; i < count; i++) {
      Ticket ticket = testTickets.inState(TicketStatus.CLOSED, plans[i % plans.length]);
      setHandled(ticket.id(), agent, closedAt);
      jdbc.sql("UPDATE ticket SET channel = :c WHERE id = :id")
          .param("c", Channel.values()[i % 2].name())
          .param("id", ticket.id())
          .update();
      ids.add(ticket.id());
    }
    return ids;
  }

  private void setHandled(long ticketId, String agent, Instant closedAt) {
    jdbc.sql("UPDATE ticket SET assignee = :a, closed_at = :at WHERE id = :id")
        .param("a", agent)
        .param("at", Timestamp.from(closedAt))
        .param("id", ticketId)
        .update();
  }
}
