package no.mediaweb.supportflow.ui.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.mail.MailStatus;
import no.mediaweb.supportflow.mail.OutgoingMail;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.ui.login.LoginView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SentMailViewTest extends KaribuViewTest {

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"ADMIN", "MANAGER"})
  @SuppressWarnings("unchecked")
  void managers_and_admins_read_the_acknowledgement_a_customer_was_sent(Role role) {
    Customer customer = newCustomer("Mona Mail");
    OpenedTicket opened = openTicket(customer, "Newsletter signup form is broken");
    eventually()
        .until(
            () -> jdbc.sql("SELECT status FROM outgoing_mail WHERE recipient_email = :e").param("e", customer.accountEmail())
                .query(String.class).optional().filter(MailStatus.SENT.name()::equals).isPresent());
    loginAs(staffMember("mail." + role.name().toLowerCase(), role), role);

    navigate("mail");

    assertThat(getCurrentView()).isEqualTo(SentMailView.class);
    Grid<OutgoingMail> grid = _get(Grid.class, spec -> spec.withId("mail-grid"));
    OutgoingMail mail = rows(grid).get(rowIndex(grid, m -> m.recipientEmail().equals(customer.accountEmail())));
    assertThat(mail.status()).isEqualTo(MailStatus.SENT);
    assertThat(mail.attempts()).isEqualTo(1);
    grid.select(mail);

    assertThat(textOf("mail-subject")).isEqualTo("[" + opened.number() + "] We have received your request");
    assertThat(_get(Pre.class, spec -> spec.withId("mail-text")).getText()).contains(opened.customerLink());
    IFrame html = _get(IFrame.class, spec -> spec.withId("mail-html"));
    assertThat(html.getSrcdoc()).get().asString().contains("<html lang=\"en\">", opened.number());
    assertThat(html.getElement().getAttribute("sandbox")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENT", "QA"})
  void agents_and_qa_cannot_open_the_sent_mail(Role role) {
    loginAs(staffMember("no-mail." + role.name().toLowerCase(), role), role);

    navigate("mail");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
  }

  @Test
  void anonymous_visitors_are_sent_to_the_login() {
    navigate("mail");

    assertThat(getCurrentView()).isEqualTo(LoginView.class);
  }
}
