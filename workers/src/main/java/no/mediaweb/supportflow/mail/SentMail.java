package no.mediaweb.supportflow.mail;

import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.common.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The outbox as managers and admins read it: every mail, newest first, with its delivery state. */
@Service
@PreAuthorize(StaffRoles.MANAGEMENT)
public class SentMail {

  private final MailOutbox outbox;

  SentMail(MailOutbox outbox) {
    this.outbox = outbox;
  }

  public List<OutgoingMail> page(int offset, int limit) {
    return outbox.newestFirst(offset, limit);
  }

  public int count() {
    return outbox.count();
  }

  public Optional<OutgoingMail> byId(long id) {
    return outbox.byId(id);
  }
}
