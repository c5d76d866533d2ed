package no.mediaweb.supportflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workers' and reporting's beans without the web app, for the reporting module's integration tests. */
@SpringBootApplication
public class ReportingTestApplication {}
