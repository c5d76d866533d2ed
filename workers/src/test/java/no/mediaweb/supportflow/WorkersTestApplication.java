package no.mediaweb.supportflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workers module's beans without the web app, for its integration tests. */
@SpringBootApplication
public class WorkersTestApplication {}
