package no.mediaweb.supportflow.harness;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Simulated staff act through the services as a logged-in user would, one call at a time. */
final class RunAs {

  static <T> T as(String username, String authority, Supplier<T> work) {
    SecurityContextHolder.getContext()
        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", List.of(new SimpleGrantedAuthority(authority))));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private RunAs() {}
}
