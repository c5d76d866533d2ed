package no.mediaweb.supportflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TechnicalDetails;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The API's strict reading refuses other JSON types and leaves the application's ObjectMapper as lenient as before. */
class StrictApiJsonTest {

  private final ObjectMapper shared = Jackson2ObjectMapperBuilder.json().build();
  private final ObjectMapper strict = StrictApiJson.strict(shared);

  @Test
  void the_strict_copy_refuses_numbers_as_text_and_padded_enum_names_while_the_shared_mapper_still_accepts_them()
      throws Exception {
    String numberAsText = "{\"body\": 12345}";
    String paddedEnum = "\"LOW \"";

    assertThatThrownBy(() -> strict.readValue(numberAsText, CustomerMessageRequest.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> strict.readValue(paddedEnum, Priority.class)).isInstanceOf(MismatchedInputException.class);
    assertThat(shared.readValue(numberAsText, CustomerMessageRequest.class).body()).isEqualTo("12345");
    assertThat(shared.readValue(paddedEnum, Priority.class)).isEqualTo(Priority.LOW);
  }

  @Test
  void the_strict_copy_reads_well_typed_requests_as_before() throws Exception {
    CreateTicketRequest request = strict.readValue(
        """
        {"accountEmail": "a@example.com", "subject": "Checkout fails", "description": "Every order", "priority": "HIGH",
         "category": "BILLING", "technicalDetails": {"browser": "Edge 131", "deviceType": "DESKTOP"}, "extra": 1}
        """,
        CreateTicketRequest.class);

    assertThat(request.priority()).isEqualTo(Priority.HIGH);
    assertThat(request.technicalDetails().browser()).isEqualTo("Edge 131");
    assertThat(request.technicalDetails().deviceType().name()).isEqualTo("DESKTOP");
  }

  @Test
  void only_the_apis_request_types_are_read_strictly_and_nothing_is_written_with_it() {
    StrictApiJson.RequestConverter converter = new StrictApiJson.RequestConverter(strict);

    assertThat(converter.canRead(CreateTicketRequest.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(CustomerMessageRequest.class, null, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(TechnicalDetails.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canWrite(CreatedTicketResponse.class, MediaType.APPLICATION_JSON)).isFalse();
  }
}
