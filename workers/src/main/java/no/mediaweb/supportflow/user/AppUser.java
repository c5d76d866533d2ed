package no.mediaweb.supportflow.user;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff login. Roles, task groups and languages (ISO 639-1 codes) are stored as comma-separated
 * lists; senior agents take critical tickets.
 */
@Table("app_user")
public record AppUser(
    @Id Long id,
    String username,
    String displayName,
    String passwordHash,
    String roles,
    String taskGroups,
    boolean active,
    Instant createdAt,
    boolean senior,
    String languages) {

  public Set<Role> roleSet() {
    return split(roles).stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> taskGroupSet() {
    return split(taskGroups);
  }

  public Set<String> languageSet() {
    return split(languages);
  }

  private static Set<String> split(String list) {
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
