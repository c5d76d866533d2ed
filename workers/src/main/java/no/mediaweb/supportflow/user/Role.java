package no.mediaweb.supportflow.user;

/** Staff roles; customers never log in. Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
  AGENT,
  MANAGER,
  QA,
  ADMIN;

  public static final String AGENT_ROLE = "AGENT";
  public static final String MANAGER_ROLE = "MANAGER";
  public static final String QA_ROLE = "QA";
  public static final String ADMIN_ROLE = "ADMIN";
}
