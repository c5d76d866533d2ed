package no.mediaweb.supportflow.qa;

/** One line of a scorecard version. A critical criterion scored 0 fails the review on its own. */
public record Criterion(
    long id, int position, String code, String name, String guidance, int weight, Scale scale, boolean critical) {}
