package no.mediaweb.supportflow.customer;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("customer")
public record Customer(
    @Id Long id,
    String accountEmail,
    String name,
    String company,
    Plan plan,
    String timeZone,
    String language,
    Instant createdAt) {

  public Customer withId(Long newId) {
    return new Customer(newId, accountEmail, name, company, plan, timeZone, language, createdAt);
  }
}
