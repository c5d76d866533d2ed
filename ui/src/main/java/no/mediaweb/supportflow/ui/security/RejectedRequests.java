package no.mediaweb.supportflow.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses (an encoded percent sign, slash or dot segment, a
 * control character in the address) is answered 400 here: a problem detail under {@code /api/},
 * plain text elsewhere. Written at once, because the error page the container would forward to
 * lies behind the login, and the client would get a redirect to it instead.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);

  private final ObjectMapper json;

  RejectedRequests(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException {
    LOG.debug("Refused {}: {}", request.getRequestURI(), rejected.getMessage());
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The address contains characters that are not allowed");
      problem.setType(URI.create("https://supportflow.mediaweb.no/problems/bad-request"));
      problem.setTitle("Bad request");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    } else {
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("Bad request: the address contains characters that are not allowed.\n");
    }
  }
}
