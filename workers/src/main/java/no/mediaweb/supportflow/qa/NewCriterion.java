package no.mediaweb.supportflow.qa;

/** A criterion of a scorecard version about to be published. */
public record NewCriterion(String code, String name, String guidance, int weight, Scale scale, boolean critical) {}
