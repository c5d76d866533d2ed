package no.mediaweb.supportflow.ui.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A real-browser test: the application on a random port with the embedded services (one shared
 * context for every browser test), skipped loudly where Chromium is missing, one headless Chromium
 * per test class in the class's {@link Browser} field, and a screenshot when a test fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RequiresChromium.class, BrowserSession.class})
@SpringBootTest(classes = SupportflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
@TestPropertySource(
    properties = {
      "supportflow.links.secret=ui-test-secret-0123456789abcdef0123",
      "supportflow.links.base-url=http://localhost:8080",
    })
public @interface BrowserTest {

  /** The window's width in pixels; the height is 1000. */
  int width() default 1440;
}
