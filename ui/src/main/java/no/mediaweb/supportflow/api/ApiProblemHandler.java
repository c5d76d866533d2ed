package no.mediaweb.supportflow.api;

import io.camunda.client.api.command.ClientException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.ticket.UnknownAccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of the REST API into an RFC 9457 problem detail. */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
  private static final String TYPE_BASE = "https://supportflow.mediaweb.no/problems/";

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Map<String, String> errors = new TreeMap<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      errors.putIfAbsent(error.getField(), error.getDefaultMessage());
    }
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-ticket", "Invalid ticket", "Some fields are missing or invalid");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getType().equals(URI.create("about:blank"))) {
      problem.setType(URI.create(TYPE_BASE + "bad-request"));
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException ex) {
    Map<String, String> errors = new TreeMap<>();
    ex.getConstraintViolations()
        .forEach(v -> errors.putIfAbsent(lastNode(v.getPropertyPath().toString()), v.getMessage()));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-ticket", "Invalid ticket", "Some fields are missing or invalid");
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(UnknownAccountException.class)
  ProblemDetail unknownAccount(UnknownAccountException ex) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unknown-account", "Unknown account", ex.getMessage());
    problem.setProperty("errors", Map.of("accountEmail", ex.getMessage()));
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
  }

  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail businessRule(BusinessRuleException ex) {
    return problem(HttpStatus.CONFLICT, "business-rule", "Not possible now", ex.getMessage());
  }

  @ExceptionHandler(ClientException.class)
  ProblemDetail workflowUnavailable(ClientException ex) {
    LOG.warn("Workflow engine refused a request; nothing was stored", ex);
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE, "workflow-unavailable", "Workflow engine unavailable",
        "The ticket could not be registered right now and nothing was stored. Try again in a minute.");
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
