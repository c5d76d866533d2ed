package no.mediaweb.supportflow.qa;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.user.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned scorecards: the latest version scores new reviews, older ones stay for the reviews that used them. */
@Service
public class Scorecards {

  private final JdbcClient jdbc;
  private final CurrentStaff currentStaff;
  private final Clock clock;

  Scorecards(JdbcClient jdbc, CurrentStaff currentStaff, Clock clock) {
    this.jdbc = jdbc;
    this.currentStaff = currentStaff;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Scorecard current() {
    long id = jdbc.sql("SELECT id FROM scorecard ORDER BY version DESC LIMIT 1").query(Long.class).single();
    return byId(id);
  }

  @Transactional(readOnly = true)
  public Scorecard byId(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("No scorecard " + id));
  }

  private Optional<Scorecard> find(long id) {
    List<Criterion> criteria = jdbc.sql("SELECT * FROM scorecard_criterion WHERE scorecard_id = :id ORDER BY position")
        .param("id", id)
        .query((rs, row) -> new Criterion(
            rs.getLong("id"), rs.getInt("position"), rs.getString("code"), rs.getString("name"),
            rs.getString("guidance"), rs.getInt("weight"), Scale.valueOf(rs.getString("scale")), rs.getBoolean("critical")))
        .list();
    return jdbc.sql("SELECT * FROM scorecard WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> new Scorecard(
            rs.getLong("id"), rs.getInt("version"), rs.getString("name"), rs.getBigDecimal("pass_mark"),
            rs.getString("published_by"), fromTimestamp(rs.getTimestamp("published_at")), criteria))
        .optional();
  }

  /** Publishes the next version (QA leads); reviews already written keep the version they used. */
  @PreAuthorize(StaffRoles.QA)
  @Transactional
  public Scorecard publish(String name, BigDecimal passMark, List<NewCriterion> criteria) {
    QaLeads.require(currentStaff.require());
    if (name == null || name.isBlank()) {
      throw new BusinessRuleException("Name the scorecard");
    }
    if (passMark == null || passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessRuleException("The pass mark is a percentage from 0 to 100");
    }
    if (criteria.isEmpty()) {
      throw new BusinessRuleException("A scorecard has at least one criterion");
    }
    var codes = new HashSet<String>();
    for (NewCriterion c : criteria) {
      if (c.weight() <= 0 || c.code() == null || c.code().isBlank() || c.name() == null || c.name().isBlank()) {
        throw new BusinessRuleException("Every criterion has a code, a name and a positive weight");
      }
      if (!codes.add(c.code())) {
        throw new BusinessRuleException("Criterion code %s appears twice".formatted(c.code()));
      }
    }
    int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM scorecard").query(Integer.class).single();
    jdbc.sql("""
            INSERT INTO scorecard (version, name, pass_mark, published_by, published_at)
            VALUES (:version, :name, :passMark, :by, :now)
            """)
        .param("version", version)
        .param("name", name.strip())
        .param("passMark", passMark)
        .param("by", currentStaff.require().username())
        .param("now", toTimestamp(clock.instant()))
        .update();
    long id = jdbc.sql("SELECT id FROM scorecard WHERE version = :v").param("v", version).query(Long.class).single();
    int position = 1;
    for (NewCriterion c : criteria) {
      jdbc.sql("""
              INSERT INTO scorecard_criterion (scorecard_id, position, code, name, guidance, weight, scale, critical)
              VALUES (:id, :position, :code, :name, :guidance, :weight, :scale, :critical)
              """)
          .param("id", id)
          .param("position", position++)
          .param("code", c.code().strip())
          .param("name", c.name().strip())
          .param("guidance", c.guidance() == null ? "" : c.guidance().strip())
          .param("weight", c.weight())
          .param("scale", c.scale().name())
          .param("critical", c.critical())
          .update();
    }
    return byId(id);
  }
}
