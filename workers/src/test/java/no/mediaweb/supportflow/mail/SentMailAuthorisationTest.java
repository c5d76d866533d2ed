package no.mediaweb.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.MessageKind;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

@WorkersTest
class SentMailAuthorisationTest {

  @Autowired SentMail sentMail;
  @Autowired TestTickets testTickets;
  @Autowired Conversation conversation;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"MANAGER", "ADMIN"})
  void managers_and_admins_read_the_sent_mail_newest_first(Role role) {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    long messageId =
        transactions.execute(
            tx -> conversation.add(ticket.id(), AuthorType.AGENT, "Test Agent", MessageKind.REPLY, "Hello", "test:" + ticket.id() + ":" + role));
    TestData.logInAs("reader", role);

    java.util.List<OutgoingMail> page = sentMail.page(0, 20);

    OutgoingMail mine = page.stream().filter(m -> m.mailKey().equals("message:" + messageId)).findFirst().orElseThrow();
    assertThat(page).extracting(OutgoingMail::createdAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(sentMail.count()).isGreaterThanOrEqualTo(page.size());
    assertThat(sentMail.byId(mine.id()).orElseThrow().subject()).isEqualTo("[" + ticket.number() + "] New reply to your request");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENT", "QA"})
  void agents_and_qa_cannot_read_the_sent_mail(Role role) {
    TestData.logInAs("reader", role);

    assertThatThrownBy(() -> sentMail.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> sentMail.count()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> sentMail.byId(1)).isInstanceOf(AccessDeniedException.class);
  }

  @org.junit.jupiter.api.Test
  void nobody_logged_in_cannot_read_the_sent_mail() {
    assertThatThrownBy(() -> sentMail.page(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }
}
