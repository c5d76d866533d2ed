package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import no.mediaweb.supportflow.attachment.Attachment;
import no.mediaweb.supportflow.attachment.AttachmentContent;
import org.springframework.http.ContentDisposition;

/**
 * Download links for attachments. Each download asks the opener again (which checks the viewer's
 * right to the ticket) and is served as an attachment with its checked type, never sniffed.
 */
public final class AttachmentLinks {

  private AttachmentLinks() {}

  public static Div of(List<Attachment> attachments, LongFunction<AttachmentContent> opener) {
    Div links = new Div();
    links.addClassName("sf-attachments");
    for (Attachment attachment : attachments) {
      Anchor link = new Anchor(download(attachment.id(), opener), attachment.originalName());
      link.addClassName("sf-attachment-link");
      Span size = new Span(" (" + attachment.readableSize() + ")");
      size.addClassName("sf-muted");
      Div item = new Div(link, size);
      item.addClassName("sf-attachment");
      links.add(item);
    }
    return links;
  }

  static DownloadHandler download(long attachmentId, LongFunction<AttachmentContent> opener) {
    return event -> {
      try (AttachmentContent content = opener.apply(attachmentId)) {
        Attachment attachment = content.attachment();
        event.setContentType(attachment.contentType());
        event.setContentLength(attachment.sizeBytes());
        event.getResponse()
            .setHeader(
                "Content-Disposition",
                ContentDisposition.attachment().filename(attachment.originalName(), StandardCharsets.UTF_8).build().toString());
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        content.stream().transferTo(event.getOutputStream());
      }
    };
  }
}
