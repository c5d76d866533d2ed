package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import no.mediaweb.supportflow.ticket.ConversationMessage;

/** The messages of a ticket, oldest first, styled by who wrote them (customer, agent, system). */
public class ConversationList extends Div {

  public ConversationList() {
    addClassName("sf-conversation");
  }

  public void show(List<ConversationMessage> messages) {
    removeAll();
    if (messages.isEmpty()) {
      add(new Paragraph("No messages yet."));
      return;
    }
    for (ConversationMessage message : messages) {
      add(item(message));
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
