package no.mediaweb.supportflow.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.mediaweb.supportflow.common.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers as staff look them up. */
@Service
@PreAuthorize(StaffRoles.ANY_STAFF)
public class CustomerDirectory {

  private final CustomerRepository customers;

  CustomerDirectory(CustomerRepository customers) {
    this.customers = customers;
  }

  /** Customers whose name, company or account e-mail contains {@code search}, by name. */
  @Transactional(readOnly = true)
  public List<Customer> search(String search) {
    String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return customers.findAll().stream()
        .filter(
            c -> needle.isEmpty()
                || c.name().toLowerCase(Locale.ROOT).contains(needle)
                || c.accountEmail().contains(needle)
                || (c.company() != null && c.company().toLowerCase(Locale.ROOT).contains(needle)))
        .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }
}
