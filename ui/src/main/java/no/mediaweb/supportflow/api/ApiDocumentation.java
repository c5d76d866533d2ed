package no.mediaweb.supportflow.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's heading; springdoc serves it at {@code /api/v1/openapi.json}, Swagger UI at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  OpenAPI supportflowApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Mediaweb Support API")
                .version("v1")
                .description(
                    "Open support tickets, follow them and write to support. Requests about an existing ticket carry the "
                        + "ticket's token in the " + TicketApiController.TOKEN_HEADER + " header. Every error is an RFC 9457 "
                        + "problem detail (application/problem+json)."));
  }
}
