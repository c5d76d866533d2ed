package no.mediaweb.supportflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiProblemHandlerTest {

  private final ApiProblemHandler handler = new ApiProblemHandler();

  @Test
  void a_database_that_cannot_be_reached_is_a_503_problem_with_a_retry_after() throws Exception {
    ResponseEntity<ProblemDetail> answer =
        handler.unexpected(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().getType().toString()).endsWith("/temporarily-unavailable");
    assertThat(answer.getBody().getDetail()).contains("Nothing was stored");
  }

  @Test
  void any_other_failure_is_a_500_problem_and_never_the_login_page() throws Exception {
    ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("a bug"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getBody().getType().toString()).endsWith("/internal-error");
    assertThat(answer.getBody().getDetail()).doesNotContain("a bug");
  }

  @Test
  void a_refused_authorisation_is_left_to_spring_security() {
    AccessDeniedException denied = new AccessDeniedException("no");

    assertThatThrownBy(() -> handler.unexpected(denied)).isSameAs(denied);
  }
}
