package no.mediaweb.supportflow.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.camunda.client.api.command.ClientException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.attachment.AttachmentRejectedException;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.ticket.UnknownAccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import no.mediaweb.supportflow.common.TransientFailures;
import java.time.Duration;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the REST API into an RFC 9457 problem detail ({@code
 * application/problem+json}: type, title, status, detail, and {@code errors} by field). Global, so
 * that failures before a controller is chosen (405, 406, 415, unknown routes) are covered too.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
  private static final String TYPE_BASE = "https://supportflow.mediaweb.no/problems/";
  private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Map<String, String> errors = new TreeMap<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      errors.putIfAbsent(error.getField(), error.getDefaultMessage());
    }
    ProblemDetail problem = invalidFields(ex.getBindingResult().getTarget() instanceof CustomerMessageRequest);
    problem.setProperty("errors", errors);
    return problemResponse(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof ApiBodyLimit.TooLargeException tooLarge) {
      return problemResponse(tooLarge(tooLarge.getMessage()));
    }
    if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      ProblemDetail problem = invalidFields(rootType(mismatch) == CustomerMessageRequest.class);
      problem.setProperty("errors", Map.of(fieldPath(mismatch), expected(mismatch.getTargetType())));
      return problemResponse(problem);
    }
    return problemResponse(
        problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", "The request body is not valid JSON for this request"));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      org.springframework.web.method.annotation.HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return problemResponse(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "Some parameters are missing or invalid"));
  }

  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(
      ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (ex instanceof MissingRequestHeaderException missing
        && missing.getHeaderName().equalsIgnoreCase(TicketApiController.TOKEN_HEADER)) {
      ProblemDetail problem =
          problem(HttpStatus.UNAUTHORIZED, "missing-token", "Ticket token required",
              "Send the ticket's token in the " + TicketApiController.TOKEN_HEADER + " header");
      HttpHeaders challenge = new HttpHeaders();
      challenge.set(HttpHeaders.WWW_AUTHENTICATE, "X-Ticket-Token");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).headers(challenge).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return super.handleServletRequestBindingException(ex, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return problemResponse(tooLarge("The upload is larger than the largest file allowed"));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    // a problem is always JSON, whatever the request accepted
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null
        && response.getBody() instanceof ProblemDetail problem
        && problem.getType().equals(URI.create("about:blank"))) {
      problem.setType(URI.create(TYPE_BASE + typeFor(statusCode.value())));
    }
    return response;
  }

  @ExceptionHandler(AttachmentRejectedException.class)
  ResponseEntity<Object> attachmentRejected(AttachmentRejectedException ex) {
    ProblemDetail problem =
        switch (ex.reason()) {
          case TOO_LARGE -> tooLarge(ex.getMessage());
          case UNSUPPORTED_TYPE ->
              problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment", "Attachment type not allowed", ex.getMessage());
          case BAD_NAME, EMPTY, TOO_MANY ->
              problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-attachment", "Attachment refused", ex.getMessage());
        };
    problem.setProperty("errors", Map.of("files", ex.getMessage()));
    return problemResponse(problem);
  }

  private static ProblemDetail invalidFields(boolean message) {
    return message
        ? problem(HttpStatus.BAD_REQUEST, "invalid-message", "Invalid message", "Some fields are missing or invalid")
        : problem(HttpStatus.BAD_REQUEST, "invalid-ticket", "Invalid ticket", "Some fields are missing or invalid");
  }

  /** The request type whose field has the wrong JSON type: the first step of the path. */
  private static Class<?> rootType(MismatchedInputException mismatch) {
    Object from = mismatch.getPath().getFirst().getFrom();
    return from instanceof Class<?> type ? type : from == null ? null : from.getClass();
  }

  /** The field as the validation errors name it: {@code subject}, {@code technicalDetails.deviceType}. */
  private static String fieldPath(MismatchedInputException mismatch) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : mismatch.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
      } else {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "Has the wrong type";
    }
    if (type == String.class) {
      return "Must be text (a JSON string)";
    }
    if (type.isEnum()) {
      return "Must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }
    if (type == boolean.class || type == Boolean.class) {
      return "Must be true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "Must be a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "Must be a JSON array";
    }
    return "Must be a JSON object";
  }

  private static ProblemDetail tooLarge(String detail) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large", detail);
  }

  private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static String typeFor(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      default -> "bad-request";
    };
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
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no ticket with this number and token");
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

  /**
   * Anything else: the database or the engine briefly unreachable is a 503 to try again (the
   * transaction rolled back), a bug a 500. Never the error page behind the login.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) throws Exception {
    if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
      throw ex;
    }
    if (TransientFailures.kindOf(ex).isPresent()) {
      LOG.warn("The database or the engine is unavailable; the request was rolled back", ex);
      ProblemDetail problem =
          problem(HttpStatus.SERVICE_UNAVAILABLE, "temporarily-unavailable", "Temporarily unavailable",
              "Nothing was stored. Try again in a minute; a retry with the same Idempotency-Key is stored once.");
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    LOG.error("An API request failed unexpectedly", ex);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
            "The request failed on our side. Try again later."));
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
