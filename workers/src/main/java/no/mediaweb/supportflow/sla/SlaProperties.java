package no.mediaweb.supportflow.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param atRiskFraction share of a target after which the ticket is at risk (0.75 = at 75 %)
 */
@ConfigurationProperties("supportflow.sla")
public record SlaProperties(@DefaultValue("0.75") double atRiskFraction) {

  public SlaProperties {
    if (atRiskFraction <= 0 || atRiskFraction >= 1) {
      throw new IllegalArgumentException("supportflow.sla.at-risk-fraction must lie between 0 and 1");
    }
  }
}
