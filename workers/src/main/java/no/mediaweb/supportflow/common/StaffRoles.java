package no.mediaweb.supportflow.common;

/** Method-security expressions shared by the staff services. */
public final class StaffRoles {

  public static final String ANY_STAFF = "hasAnyRole('AGENT', 'MANAGER', 'QA', 'ADMIN')";
  public static final String AGENT = "hasRole('AGENT')";
  public static final String MANAGER = "hasRole('MANAGER')";
  public static final String AGENT_OR_MANAGER = "hasAnyRole('AGENT', 'MANAGER')";
  public static final String MANAGEMENT = "hasAnyRole('MANAGER', 'ADMIN')";
  public static final String QA = "hasRole('QA')";
  public static final String QA_OR_MANAGER = "hasAnyRole('QA', 'MANAGER')";

  private StaffRoles() {}
}
