package no.mediaweb.supportflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An integration test of the workers against the embedded MariaDB server and Zeebe engine. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WorkersTestApplication.class)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
public @interface WorkersTest {}
