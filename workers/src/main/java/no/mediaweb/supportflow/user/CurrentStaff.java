package no.mediaweb.supportflow.user;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in staff member behind the current request. */
@Component
public class CurrentStaff {

  public record Staff(
      String username, String displayName, Set<Role> roles, Set<String> taskGroups, boolean senior, Set<String> languages) {

    public static Staff of(AppUser user) {
      return new Staff(
          user.username(), user.displayName(), user.roleSet(), user.taskGroupSet(), user.senior(), user.languageSet());
    }
  }

  private final StaffDirectory directory;

  CurrentStaff(StaffDirectory directory) {
    this.directory = directory;
  }

  public Staff require() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AccessDeniedException("Log in first");
    }
    AppUser user =
        directory
            .find(authentication.getName())
            .filter(AppUser::active)
            .orElseThrow(() -> new AccessDeniedException("Unknown or inactive user " + authentication.getName()));
    return Staff.of(user);
  }
}
