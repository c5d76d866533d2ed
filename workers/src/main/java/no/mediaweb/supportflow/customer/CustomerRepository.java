package no.mediaweb.supportflow.customer;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomerRepository extends ListCrudRepository<Customer, Long> {

  Optional<Customer> findByAccountEmail(String accountEmail);
}
