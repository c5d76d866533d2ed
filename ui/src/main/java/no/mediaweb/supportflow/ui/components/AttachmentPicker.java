package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import no.mediaweb.supportflow.attachment.AttachmentProperties;
import no.mediaweb.supportflow.attachment.AttachmentRejectedException;
import no.mediaweb.supportflow.attachment.AttachmentUploads;
import no.mediaweb.supportflow.attachment.StoredFile;

/**
 * Attaching screenshots, recordings and console logs to a form. Each file is checked and stored as
 * it arrives; the form links the files when it is sent, and files of a form left unsent are deleted.
 */
public class AttachmentPicker extends Div {

  public static final String ACCEPTED = ".png,.jpg,.jpeg,.mp4,.mov,.m4v,.txt,.log";

  private final AttachmentUploads uploads;
  private final Upload upload;
  private final Div files = new Div();
  private final Div errors = new Div();
  private final List<StoredFile> stored = new ArrayList<>();

  public AttachmentPicker(AttachmentUploads uploads, String idPrefix) {
    this.uploads = uploads;
    AttachmentProperties limits = uploads.limits();
    upload =
        new Upload(
            event -> {
              UI ui = event.getUI();
              try (InputStream content = event.getInputStream()) {
                StoredFile file = uploads.store(event.getFileName(), content);
                ui.access(() -> accepted(file));
              } catch (AttachmentRejectedException e) {
                ui.access(() -> rejected(e.getMessage()));
              }
            });
    upload.setId(idPrefix + "-upload");
    upload.setAcceptedFileTypes(ACCEPTED.split(","));
    upload.setMaxFiles(limits.maxFiles());
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.largestLimit()));
    upload.addFileRejectedListener(event -> rejected(event.getFileName() + ": " + event.getErrorMessage()));
    Span help =
        new Span(
            "Screenshots (PNG, JPEG, up to %s), screen recordings (MP4, MOV, up to %s) and console logs (.txt, .log, up to %s)."
                .formatted(limits.maxImageSize().toMegabytes() + " MB", limits.maxVideoSize().toMegabytes() + " MB",
                    limits.maxLogSize().toMegabytes() + " MB"));
    help.addClassName("sf-muted");
    files.setId(idPrefix + "-files");
    errors.setId(idPrefix + "-errors");
    errors.addClassName("sf-error-text");
    add(upload, help, files, errors);
  }

  /** Checks and stores a file as the upload does; the caller holds the session lock. */
  public void receive(String fileName, InputStream content) {
    try {
      accepted(uploads.store(fileName, content));
    } catch (AttachmentRejectedException e) {
      rejected(e.getMessage());
    }
  }

  public List<StoredFile> files() {
    return List.copyOf(stored);
  }

  /** After the form was sent: the files are linked (or were deleted with a refused submission). */
  public void forget() {
    stored.clear();
    errors.removeAll();
    upload.clearFileList();
    showFiles();
  }

  /** Says the files must be attached again: a refused submission deleted them. */
  public void lost() {
    boolean hadFiles = !stored.isEmpty();
    forget();
    if (hadFiles) {
      errors.add(new Div("Your files were not kept because the form was not sent. Attach them again."));
    }
  }

  private void accepted(StoredFile file) {
    if (stored.size() >= uploads.limits().maxFiles()) {
      uploads.discard(List.of(file));
      rejected("Attach at most %d files at a time".formatted(uploads.limits().maxFiles()));
      return;
    }
    stored.add(file);
    showFiles();
  }

  private void rejected(String message) {
    errors.add(new Div(message));
  }

  private void showFiles() {
    files.removeAll();
    for (StoredFile file : stored) {
      Span name = new Span(file.displayName());
      name.addClassName("sf-attached-file");
      Button remove =
          new Button(
              VaadinIcon.CLOSE_SMALL.create(),
              click -> {
                stored.remove(file);
                uploads.discard(List.of(file));
                showFiles();
              });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      remove.setAriaLabel("Remove " + file.displayName());
      files.add(new Div(name, remove));
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    uploads.discard(stored);
    stored.clear();
    super.onDetach(detachEvent);
  }
}
