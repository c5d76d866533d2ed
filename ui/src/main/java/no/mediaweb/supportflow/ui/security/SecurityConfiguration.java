package no.mediaweb.supportflow.ui.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.mediaweb.supportflow.ui.login.LoginView;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

  /**
   * The public REST API and its documentation: customers have no login; the API's controller
   * checks the ticket's token on every request about a ticket, and unknown API routes get a 404
   * problem from the API rather than the login page.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**", "/swagger-ui/**", "/actuator/health/**", "/actuator/health")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/api/**", "/swagger-ui/**").permitAll()
                    .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                    .anyRequest().denyAll())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain vaadinSecurity(HttpSecurity http) throws Exception {
    // static files: Chart.js from its webjar and the chart element that draws with it (ui/components/Chart)
    http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/webjars/**", "/charts/**").permitAll());
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    return http.build();
  }

  @Bean
  UserDetailsService userDetailsService(StaffDirectory directory) {
    return username ->
        directory
            .find(username)
            .map(
                user ->
                    User.withUsername(user.username())
                        .password(user.passwordHash())
                        .disabled(!user.active())
                        .roles(user.roleSet().stream().map(Enum::name).toArray(String[]::new))
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
