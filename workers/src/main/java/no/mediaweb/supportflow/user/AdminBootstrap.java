package no.mediaweb.supportflow.user;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first admin account of a production install from SUPPORTFLOW_ADMIN_PASSWORD. */
@Component
class AdminBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private final StaffDirectory staff;
  private final String username;
  private final String password;

  AdminBootstrap(
      StaffDirectory staff,
      @Value("${supportflow.bootstrap.admin-username:admin}") String username,
      @Value("${supportflow.bootstrap.admin-password:}") String password) {
    this.staff = staff;
    this.username = username;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (password.isBlank()) {
      return;
    }
    if (password.length() < 12) {
      throw new IllegalStateException("SUPPORTFLOW_ADMIN_PASSWORD must be at least 12 characters long");
    }
    if (staff.createIfAbsent(username, "Administrator", password, List.of(Role.ADMIN), List.of())) {
      LOG.info("Created the administrator account '{}'", username);
    }
  }
}
