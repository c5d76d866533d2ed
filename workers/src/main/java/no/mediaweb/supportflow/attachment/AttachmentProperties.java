package no.mediaweb.supportflow.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param dir where attachment files are stored (outside the database); {@code ./data/attachments} by default
 * @param maxImageSize largest PNG or JPEG screenshot
 * @param maxVideoSize largest MP4 or MOV screen recording
 * @param maxLogSize largest console log (UTF-8 text)
 * @param maxFiles most files attached to one ticket or message at once
 */
@ConfigurationProperties("supportflow.attachments")
public record AttachmentProperties(
    @DefaultValue("./data/attachments") Path dir,
    @DefaultValue("10MB") DataSize maxImageSize,
    @DefaultValue("50MB") DataSize maxVideoSize,
    @DefaultValue("2MB") DataSize maxLogSize,
    @DefaultValue("5") int maxFiles) {

  public long limitFor(AttachmentType.Family family) {
    return switch (family) {
      case IMAGE -> maxImageSize.toBytes();
      case VIDEO -> maxVideoSize.toBytes();
      case LOG -> maxLogSize.toBytes();
    };
  }

  public long largestLimit() {
    return Math.max(maxImageSize.toBytes(), Math.max(maxVideoSize.toBytes(), maxLogSize.toBytes()));
  }
}
