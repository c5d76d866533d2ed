package no.mediaweb.supportflow.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's application context at the JVM's embedded database and engine, and their clock. */
public class EmbeddedServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embedded-services",
                EmbeddedServices.properties(EmbeddedServices.database(), EmbeddedServices.zeebe())));
    context.getBeanFactory().registerSingleton("sharedClock", new SharedClock());
  }
}
