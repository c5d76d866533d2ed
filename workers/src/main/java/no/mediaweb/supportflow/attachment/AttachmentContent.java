package no.mediaweb.supportflow.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** An attachment opened for download; the caller closes it. */
public record AttachmentContent(Attachment attachment, InputStream stream) implements AutoCloseable {

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
