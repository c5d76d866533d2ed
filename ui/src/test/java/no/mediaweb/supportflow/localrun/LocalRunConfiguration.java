package no.mediaweb.supportflow.localrun;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.mediaweb.supportflow.testing.EmbeddedZeebe;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** Beans that exist only in the local run: the movable clock, time travel and the demo data. */
@Configuration(proxyBeanMethods = false)
@Profile(LocalRunConfiguration.PROFILE)
class LocalRunConfiguration {

  static final String PROFILE = "local-run";

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }

  @Bean
  TimeMachine timeMachine(EmbeddedZeebe embeddedZeebe, MovableClock clock) {
    return new TimeMachine(embeddedZeebe, clock);
  }

  @Bean
  VaadinServiceInitListener timeTravelRoute() {
    return (ServiceInitEvent event) ->
        RouteConfiguration.forApplicationScope()
            .setRoute(TimeTravelView.ROUTE, TimeTravelView.class, MainLayout.class);
  }
}
