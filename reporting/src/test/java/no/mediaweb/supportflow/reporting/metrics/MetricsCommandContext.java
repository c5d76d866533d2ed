package no.mediaweb.supportflow.reporting.metrics;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The metrics services of the reporting module on a command's database, without the rest of the
 * application (no engine, no web server). The command reads as a manager.
 */
public final class MetricsCommandContext implements AutoCloseable {

  private final AnnotationConfigApplicationContext context;

  public MetricsCommandContext(DataSource dataSource) {
    context = new AnnotationConfigApplicationContext();
    context.registerBean(DataSource.class, () -> dataSource);
    context.register(Wiring.class);
    context.refresh();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    SecurityContextHolder.clearContext();
    context.close();
  }

  /** Registered by hand, not a {@code @Configuration}: the tests' component scan must not find it. */
  @EnableTransactionManagement
  @Import({
    ReportingConfiguration.class,
    MetricsAccess.class,
    MetricsReport.class,
    RawMetrics.class,
    MonthlyMetricsCalculator.class
  })
  static class Wiring {

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
      return JdbcClient.create(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }
  }
}
