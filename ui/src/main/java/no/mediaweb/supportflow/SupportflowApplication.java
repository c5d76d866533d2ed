package no.mediaweb.supportflow;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Supportflow: the Vaadin app, the REST API and the job workers in one Spring Boot application. */
@SpringBootApplication
@Push
@Theme("supportflow")
@PWA(name = "Supportflow", shortName = "Supportflow")
public class SupportflowApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(SupportflowApplication.class, args);
  }
}
