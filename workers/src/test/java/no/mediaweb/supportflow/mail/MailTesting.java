package no.mediaweb.supportflow.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import no.mediaweb.supportflow.testing.EmbeddedMail;
import no.mediaweb.supportflow.testing.EmbeddedServices;

/** Mails as the embedded SMTP server received them, and mails sent to the support mailbox. */
final class MailTesting {

  /** Every mail the server received for {@code address}, oldest first. */
  static List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(EmbeddedServices.mail().server().getReceivedMessages())
        .filter(message -> sentTo(message, address))
        .toList();
  }

  /** Sends a plain-text mail with this Message-ID over SMTP to the support address. */
  static void sendToSupport(String from, String subject, String text, String messageId) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", EmbeddedServices.mail().host());
    props.put("mail.smtp.port", String.valueOf(EmbeddedServices.mail().smtpPort()));
    MimeMessage message =
        new MimeMessage(Session.getInstance(props)) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(EmbeddedMail.SUPPORT_ADDRESS));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }

  /** The content types and texts of the mail's leaf parts, e.g. text/plain and text/html. */
  static List<String[]> parts(Part part) throws MessagingException, IOException {
    List<String[]> leaves = new ArrayList<>();
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        leaves.addAll(parts(child));
      }
    } else {
      leaves.add(new String[] {part.getContentType().split(";")[0].trim().toLowerCase(), String.valueOf(part.getContent())});
    }
    return leaves;
  }

  static String partOf(MimeMessage message, String type) throws MessagingException, IOException {
    return parts(message).stream().filter(p -> p[0].equals(type)).map(p -> p[1]).findFirst().orElseThrow();
  }

  private static boolean sentTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private MailTesting() {}
}
