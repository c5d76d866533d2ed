package no.mediaweb.supportflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application against the embedded MariaDB server and Zeebe engine, in a mock servlet
 * environment (Karibu, MockMvc). Test classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SupportflowApplication.class)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
@TestPropertySource(
    properties = {
      "supportflow.links.secret=ui-test-secret-0123456789abcdef0123",
      "supportflow.links.base-url=http://localhost:8080",
    })
public @interface SupportflowAppTest {}
