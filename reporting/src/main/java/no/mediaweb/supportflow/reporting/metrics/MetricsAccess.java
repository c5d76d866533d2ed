package no.mediaweb.supportflow.reporting.metrics;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Whose figures the caller may read: managers, QA and admins everyone's, an agent only their own. */
@Component
class MetricsAccess {

  private static final Set<String> SEE_EVERYONE = Set.of("ROLE_MANAGER", "ROLE_QA", "ROLE_ADMIN");

  /** The filter narrowed to the caller's own tickets when the caller is only an agent. */
  MetricsFilter scoped(MetricsFilter filter) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AccessDeniedException("Log in first");
    }
    Set<String> authorities =
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    if (authorities.stream().anyMatch(SEE_EVERYONE::contains)) {
      return filter;
    }
    return filter.withAgent(authentication.getName());
  }
}
