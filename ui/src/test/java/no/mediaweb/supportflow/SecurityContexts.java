package no.mediaweb.supportflow;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each application context installs its own Vaadin-aware strategy into the JVM-wide {@link
 * SecurityContextHolder} when it starts. The suite runs two contexts (mock servlet and real port);
 * a test that logs in must use its own context's strategy, or its views read another holder.
 */
public final class SecurityContexts {

  private SecurityContexts() {}

  public static void useStrategyOf(ApplicationContext context) {
    SecurityContextHolder.setContextHolderStrategy(context.getBean(VaadinAwareSecurityContextHolderStrategy.class));
  }
}
