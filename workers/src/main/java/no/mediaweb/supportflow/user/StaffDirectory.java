package no.mediaweb.supportflow.user;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: who exists, with which roles and task groups. */
@Service
public class StaffDirectory {

  private final AppUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  StaffDirectory(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  public Optional<AppUser> find(String username) {
    return users.findByUsername(username);
  }

  public String displayName(String username) {
    return users.findByUsername(username).map(AppUser::displayName).orElse(username);
  }

  /** Active staff with {@code role}, by username. */
  public List<AppUser> activeWithRole(Role role) {
    return users.findAll().stream()
        .filter(user -> user.active() && user.roleSet().contains(role))
        .sorted(Comparator.comparing(AppUser::username))
        .toList();
  }

  /** Active staff who work the tasks of {@code taskGroup}, by username. */
  public List<AppUser> activeMembersOf(String taskGroup) {
    return users.findAll().stream()
        .filter(user -> user.active() && user.taskGroupSet().contains(taskGroup))
        .sorted(Comparator.comparing(AppUser::username))
        .toList();
  }

  /** Creates a non-senior, English-speaking account unless one with this username exists. */
  @Transactional
  public boolean createIfAbsent(
      String username, String displayName, String rawPassword, Collection<Role> roles, Collection<String> taskGroups) {
    return createIfAbsent(username, displayName, rawPassword, roles, taskGroups, false, List.of("en"));
  }

  /** Creates the account unless one with this username exists; returns whether it was created. */
  @Transactional
  public boolean createIfAbsent(
      String username,
      String displayName,
      String rawPassword,
      Collection<Role> roles,
      Collection<String> taskGroups,
      boolean senior,
      Collection<String> languages) {
    if (users.findByUsername(username).isPresent()) {
      return false;
    }
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("Staff speak at least one language");
    }
    users.save(
        new AppUser(
            null,
            username,
            displayName,
            passwordEncoder.encode(rawPassword),
            roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
            String.join(",", taskGroups),
            true,
            clock.instant(),
            senior,
            String.join(",", languages)));
    return true;
  }
}
