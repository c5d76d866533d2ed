package no.mediaweb.supportflow.qa;

/** How a criterion is scored; 0 points is a fail on either scale. */
public enum Scale {
  POINTS_0_4(4, "0–4"),
  PASS_FAIL(1, "Pass / fail");

  private final int maxPoints;
  private final String label;

  Scale(int maxPoints, String label) {
    this.maxPoints = maxPoints;
    this.label = label;
  }

  public int maxPoints() {
    return maxPoints;
  }

  public String label() {
    return label;
  }
}
