package no.mediaweb.supportflow.api;

import jakarta.validation.Valid;
import java.net.URI;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketApiController {

  private final TicketIntakeService intake;

  TicketApiController(TicketIntakeService intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CreatedTicketResponse> create(@Valid @RequestBody CreateTicketRequest request) {
    OpenedTicket opened = intake.open(request.toNewTicket(), Channel.API);
    return ResponseEntity.created(URI.create(opened.customerLink()))
        .body(new CreatedTicketResponse(opened.number(), opened.customerLink()));
  }
}
