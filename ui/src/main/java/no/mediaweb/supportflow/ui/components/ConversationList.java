package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import no.mediaweb.supportflow.attachment.Attachment;
import no.mediaweb.supportflow.attachment.AttachmentContent;
import no.mediaweb.supportflow.ticket.ConversationMessage;

/** The messages of a ticket, oldest first, styled by who wrote them (customer, agent, system). */
public class ConversationList extends Div {

  public ConversationList() {
    addClassName("sf-conversation");
  }

  public void show(List<ConversationMessage> messages) {
    show(messages, List.of(), id -> {
      throw new IllegalStateException("No attachments shown");
    });
  }

  /** The messages with their attachments; {@code opener} opens an attachment by id for download. */
  public void show(List<ConversationMessage> messages, List<Attachment> attachments, LongFunction<AttachmentContent> opener) {
    removeAll();
    if (messages.isEmpty()) {
      add(new Paragraph("No messages yet."));
      return;
    }
    for (ConversationMessage message : messages) {
      Div item = item(message);
      List<Attachment> own =
          attachments.stream().filter(a -> a.messageId() != null && a.messageId() == message.id()).toList();
      if (!own.isEmpty()) {
        item.add(AttachmentLinks.of(own, opener));
      }
      add(item);
    }
  }

  private static Div item(ConversationMessage message) {
    Div item = new Div();
    item.addClassNames("sf-message", "sf-message-" + message.authorType().name().toLowerCase(Locale.ROOT));
    Span author = new Span(message.authorName());
    author.addClassName("sf-message-author");
    Span kind = new Span(message.kind().label());
    kind.getElement().getThemeList().add("badge");
    kind.getElement().getThemeList().add("small");
    kind.getElement().getThemeList().add("contrast");
    Span time = new Span(ViewerTime.format(message.createdAt()));
    Div meta = new Div(author, kind, time);
    meta.addClassName("sf-message-meta");
    Div body = new Div();
    body.setText(message.body());
    body.addClassName("sf-message-body");
    item.add(meta, body);
    return item;
  }
}
