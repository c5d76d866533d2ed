package no.mediaweb.supportflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.attachment.Attachment;
import no.mediaweb.supportflow.attachment.AttachmentContent;
import no.mediaweb.supportflow.attachment.AttachmentUploads;
import no.mediaweb.supportflow.attachment.StoredFile;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.CustomerPortalService;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The customer's REST API. Opening a ticket needs the account e-mail; everything about an existing
 * ticket needs the ticket's token in the {@value #TOKEN_HEADER} header (never in the URL). A
 * missing token is 401; a wrong token and an unknown ticket are the same 404.
 */
@RestController
@RequestMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tickets", description = "Open tickets, follow them and write to support")
class TicketApiController {

  static final String TOKEN_HEADER = "X-Ticket-Token";
  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private final TicketIntakeService intake;
  private final CustomerPortalService portal;
  private final CustomerLinks links;
  private final AttachmentUploads uploads;

  TicketApiController(
      TicketIntakeService intake, CustomerPortalService portal, CustomerLinks links, AttachmentUploads uploads) {
    this.intake = intake;
    this.portal = portal;
    this.links = links;
    this.uploads = uploads;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Open a ticket",
      description = "The plan comes from the account; Critical is for Pro and Enterprise. Send the same "
          + IDEMPOTENCY_HEADER + " again (the answer was lost) and the answer names the ticket the first request opened.")
  ResponseEntity<CreatedTicketResponse> create(
      @RequestHeader(name = IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
      @Valid @RequestBody CreateTicketRequest request) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : requestKey(idempotencyKey);
    OpenedTicket opened = intake.open(request.toNewTicket(), Channel.API, List.of(), key);
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + opened.number()))
        .body(
            new CreatedTicketResponse(
                opened.number(), opened.customerLink(), links.tokenFor(opened.number()), opened.priority(), opened.notice()));
  }

  @GetMapping("/{number}")
  @Operation(summary = "Read a ticket with its token: status, promised response times, conversation and attachments")
  TicketResponse read(@PathVariable String number, @TokenHeader @RequestHeader(TOKEN_HEADER) String token) {
    return TicketResponse.of(portal.view(number, token));
  }

  @PostMapping(path = "/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Write to support on a ticket",
      description = "A message while the resolution waits for confirmation reopens the ticket. Send the same "
          + IDEMPOTENCY_HEADER + " again and the message is added once.")
  ResponseEntity<CreatedMessageResponse> addMessage(
      @PathVariable String number,
      @TokenHeader @RequestHeader(TOKEN_HEADER) String token,
      @RequestHeader(name = IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
      @Valid @RequestBody CustomerMessageRequest request) {
    long id = portal.reply(number, token, request.body(), requestKey(idempotencyKey), List.of());
    return ResponseEntity.status(201).body(new CreatedMessageResponse(id, 0));
  }

  @PostMapping(path = "/{number}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Write to support with attachments",
      description = "Part 'body' is the message; parts 'files' are screenshots (PNG, JPEG), recordings (MP4, MOV) or "
          + "console logs (.txt, .log), checked by content and size. A refused file adds nothing.")
  ResponseEntity<CreatedMessageResponse> addMessageWithFiles(
      @PathVariable String number,
      @TokenHeader @RequestHeader(TOKEN_HEADER) String token,
      @RequestHeader(name = IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
      @RequestPart("body") String body,
      @RequestPart(name = "files", required = false) List<MultipartFile> files)
      throws IOException {
    portal.view(number, token);
    List<StoredFile> stored = new ArrayList<>();
    try {
      for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
        try (InputStream content = file.getInputStream()) {
          stored.add(uploads.store(file.getOriginalFilename(), content));
        }
      }
      long id = portal.reply(number, token, body, requestKey(idempotencyKey), stored);
      return ResponseEntity.status(201).body(new CreatedMessageResponse(id, stored.size()));
    } catch (RuntimeException | IOException e) {
      uploads.discard(stored);
      throw e;
    }
  }

  @GetMapping(path = "/{number}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Download an attachment of the ticket", description = "Served as a download with its checked type.")
  ResponseEntity<InputStreamResource> attachment(
      @PathVariable String number,
      @PathVariable long attachmentId,
      @TokenHeader @RequestHeader(TOKEN_HEADER) String token) {
    AttachmentContent content = portal.attachment(number, token, attachmentId);
    Attachment attachment = content.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .contentLength(attachment.sizeBytes())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(attachment.originalName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(new InputStreamResource(content.stream()));
  }

  private static String requestKey(String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return "api:" + UUID.randomUUID();
    }
    String cleaned = idempotencyKey.strip().replaceAll("[^A-Za-z0-9._:-]", "_");
    return "api:" + cleaned.substring(0, Math.min(64, cleaned.length()));
  }

  /** Documents the token header for OpenAPI. */
  @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @Parameter(
      name = TOKEN_HEADER,
      in = ParameterIn.HEADER,
      required = true,
      description = "The ticket's token: the last part of the customer's link, also returned when the ticket is opened")
  @interface TokenHeader {}
}
