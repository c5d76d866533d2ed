package no.mediaweb.supportflow.attachment;

import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Files a customer attaches on a form before sending it: checked and stored at once, linked when
 * the ticket or reply is written, and discarded when the form is left without sending.
 */
@Service
public class AttachmentUploads {

  private final AttachmentStore store;
  private final Attachments attachments;

  AttachmentUploads(AttachmentStore store, Attachments attachments) {
    this.store = store;
    this.attachments = attachments;
  }

  public StoredFile store(String originalName, InputStream content) {
    return store.store(originalName, content);
  }

  /** Deletes the files that no ticket or message links to. */
  public void discard(List<StoredFile> files) {
    attachments.discard(files);
  }

  public AttachmentProperties limits() {
    return store.properties();
  }
}
