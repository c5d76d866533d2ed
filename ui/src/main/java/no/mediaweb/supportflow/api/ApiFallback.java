package no.mediaweb.supportflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Unknown routes of the API ({@code /api/v…/**}) end here, after the controllers' mappings (which
 * answer 405, 406 and 415 themselves) and before Vaadin's catch-all: a 404 problem, not the web
 * app's page. Swagger UI's files under {@code /api/swagger-ui/} are left to springdoc.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallback {

  @Bean
  SimpleUrlHandlerMapping apiFallbackMapping(ObjectMapper json) {
    HttpRequestHandler notFound =
        (request, response) -> {
          ProblemDetail problem =
              ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no API resource at this address");
          problem.setType(URI.create("https://supportflow.mediaweb.no/problems/not-found"));
          problem.setTitle("Not found");
          problem.setInstance(URI.create(request.getRequestURI()));
          response.setStatus(HttpStatus.NOT_FOUND.value());
          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          json.writeValue(response.getOutputStream(), problem);
        };
    Map<String, Object> routes = new LinkedHashMap<>();
    routes.put("/api/v*/**", notFound);
    routes.put("/api/*", notFound);
    return new SimpleUrlHandlerMapping(routes, Ordered.LOWEST_PRECEDENCE - 10);
  }
}
