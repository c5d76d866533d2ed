package no.mediaweb.supportflow.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.mediaweb.supportflow.ReportingTestApplication;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An integration test of reporting against the embedded MariaDB server and Zeebe engine. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ReportingTestApplication.class)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
public @interface ReportingTest {}
