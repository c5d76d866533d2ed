package no.mediaweb.supportflow.attachment;

import java.util.Set;

/** The kinds of file a customer may attach, each recognised by its content, not its name. */
public enum AttachmentType {
  PNG("image/png", Family.IMAGE),
  JPEG("image/jpeg", Family.IMAGE),
  MP4("video/mp4", Family.VIDEO),
  MOV("video/quicktime", Family.VIDEO),
  TEXT("text/plain; charset=UTF-8", Family.LOG);

  /** Size limits and accepted file name extensions are per family. */
  public enum Family {
    IMAGE(Set.of("png", "jpg", "jpeg")),
    VIDEO(Set.of("mp4", "mov", "m4v")),
    LOG(Set.of("txt", "log"));

    private final Set<String> extensions;

    Family(Set<String> extensions) {
      this.extensions = extensions;
    }

    public Set<String> extensions() {
      return extensions;
    }
  }

  private final String contentType;
  private final Family family;

  AttachmentType(String contentType, Family family) {
    this.contentType = contentType;
    this.family = family;
  }

  public String contentType() {
    return contentType;
  }

  public Family family() {
    return family;
  }

  public static AttachmentType ofContentType(String contentType) {
    for (AttachmentType type : values()) {
      if (type.contentType.equals(contentType)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown attachment content type " + contentType);
  }
}
