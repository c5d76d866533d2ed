package no.mediaweb.supportflow.attachment;

import static no.mediaweb.supportflow.attachment.AttachmentRejectedException.Reason.BAD_NAME;
import static no.mediaweb.supportflow.attachment.AttachmentRejectedException.Reason.EMPTY;
import static no.mediaweb.supportflow.attachment.AttachmentRejectedException.Reason.TOO_LARGE;
import static no.mediaweb.supportflow.attachment.AttachmentRejectedException.Reason.UNSUPPORTED_TYPE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Writes attachment files to the configured directory under random names, checking while the bytes
 * stream in: the content must be what the name claims (PNG/JPEG signature, an MP4/MOV {@code ftyp}
 * box, or UTF-8 text without NUL) and within its family's size limit. A refused or broken upload
 * leaves no file behind.
 */
@Component
public class AttachmentStore {

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int HEAD = 12;
  private static final int BUFFER = 16 * 1024;
  private static final int MAX_NAME_LENGTH = 120;

  private final AttachmentProperties properties;
  private final SecureRandom random = new SecureRandom();

  AttachmentStore(AttachmentProperties properties) {
    this.properties = properties;
  }

  public AttachmentProperties properties() {
    return properties;
  }

  /** Checks and stores one file; throws {@link AttachmentRejectedException} and keeps nothing when it is refused. */
  public StoredFile store(String originalName, InputStream content) {
    String displayName = displayName(originalName);
    AttachmentType.Family claimed = familyOf(displayName);
    Path target = directory().resolve(newKey());
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      Copied copied = copyChecked(content, out, claimed, displayName);
      kept = true;
      return new StoredFile(target.getFileName().toString(), displayName, copied.type(), copied.size(), copied.sha256());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the attachment " + displayName, e);
    } finally {
      if (!kept) {
        deleteQuietly(target);
      }
    }
  }

  public InputStream open(String storageKey) {
    try {
      return Files.newInputStream(pathOf(storageKey));
    } catch (IOException e) {
      throw new UncheckedIOException("Attachment file " + storageKey + " cannot be read", e);
    }
  }

  public boolean exists(String storageKey) {
    return Files.isRegularFile(pathOf(storageKey));
  }

  public void delete(String storageKey) {
    deleteQuietly(pathOf(storageKey));
  }

  /** The file of a storage key; only keys this store made resolve, and only inside its directory. */
  Path pathOf(String storageKey) {
    if (storageKey == null || !KEY.matcher(storageKey).matches()) {
      throw new IllegalArgumentException("Not an attachment storage key");
    }
    Path dir = properties.dir().toAbsolutePath().normalize();
    Path path = dir.resolve(storageKey).normalize();
    if (!path.getParent().equals(dir)) {
      throw new IllegalArgumentException("Not an attachment storage key");
    }
    return path;
  }

  /**
   * The customer's file name as it may be shown: no folders, control or bidi-format characters, at
   * most 120 characters. A name with a folder part, a NUL or nothing left is refused.
   */
  static String displayName(String original) {
    if (original == null || original.isBlank()) {
      throw new AttachmentRejectedException(BAD_NAME, "A file has no name");
    }
    if (original.indexOf('\0') >= 0 || original.contains("/") || original.contains("\\")) {
      throw new AttachmentRejectedException(BAD_NAME, "The file name “%s” is not allowed".formatted(printable(original)));
    }
    String name =
        Normalizer.normalize(original, Normalizer.Form.NFC)
            .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
            .replaceAll("[^\\p{L}\\p{M}\\p{N} ._()+,\\-]", "_")
            .strip()
            .replaceAll("^\\.+", "");
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_' || c == ' ')) {
      throw new AttachmentRejectedException(BAD_NAME, "The file name “%s” is not allowed".formatted(printable(original)));
    }
    if (name.length() > MAX_NAME_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
    }
    return name;
  }

  static AttachmentType.Family familyOf(String displayName) {
    int dot = displayName.lastIndexOf('.');
    String extension = dot < 0 ? "" : displayName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (AttachmentType.Family family : AttachmentType.Family.values()) {
      if (family.extensions().contains(extension)) {
        return family;
      }
    }
    throw new AttachmentRejectedException(
        UNSUPPORTED_TYPE,
        "“%s” cannot be attached: attach screenshots (PNG, JPEG), screen recordings (MP4, MOV) or console logs (.txt, .log)"
            .formatted(displayName));
  }

  private record Copied(AttachmentType type, long size, String sha256) {}

  private Copied copyChecked(InputStream in, OutputStream out, AttachmentType.Family claimed, String name)
      throws IOException {
    byte[] head = in.readNBytes(HEAD);
    if (head.length == 0) {
      throw new AttachmentRejectedException(EMPTY, "“%s” is empty".formatted(name));
    }
    AttachmentType type = detect(head, claimed, name);
    long limit = properties.limitFor(type.family());
    MessageDigest sha256 = sha256();
    TextCheck text = type == AttachmentType.TEXT ? new TextCheck(name) : null;
    long size = 0;
    byte[] buffer = head;
    int length = head.length;
    while (length > 0) {
      size += length;
      if (size > limit) {
        throw new AttachmentRejectedException(
            TOO_LARGE, "“%s” is larger than %s, the limit for this kind of file".formatted(name, megabytes(limit)));
      }
      if (text != null) {
        text.feed(buffer, length, false);
      }
      sha256.update(buffer, 0, length);
      out.write(buffer, 0, length);
      if (buffer == head) {
        buffer = new byte[BUFFER];
      }
      length = in.read(buffer);
    }
    if (text != null) {
      text.feed(buffer, 0, true);
    }
    return new Copied(type, size, HexFormat.of().formatHex(sha256.digest()));
  }

  private static AttachmentType detect(byte[] head, AttachmentType.Family claimed, String name) {
    return switch (claimed) {
      case IMAGE -> {
        if (startsWith(head, PNG_SIGNATURE)) {
          yield AttachmentType.PNG;
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
          yield AttachmentType.JPEG;
        }
        throw new AttachmentRejectedException(UNSUPPORTED_TYPE, "“%s” is not a PNG or JPEG image".formatted(name));
      }
      case VIDEO -> {
        if (head.length >= HEAD && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
          String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
          yield brand.equals("qt  ") ? AttachmentType.MOV : AttachmentType.MP4;
        }
        throw new AttachmentRejectedException(UNSUPPORTED_TYPE, "“%s” is not an MP4 or MOV recording".formatted(name));
      }
      case LOG -> AttachmentType.TEXT;
    };
  }

  /** Decodes UTF-8 as it streams in; malformed sequences and NUL bytes refuse the file. */
  private static final class TextCheck {
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
    private final String name;

    TextCheck(String name) {
      this.name = name;
    }

    void feed(byte[] bytes, int length, boolean end) {
      for (int i = 0; i < length; i++) {
        if (bytes[i] == 0) {
          throw notText();
        }
      }
      pending.put(bytes, 0, length).flip();
      if (decoder.decode(pending, chars, end).isError()) {
        throw notText();
      }
      if (end && (decoder.flush(chars).isError() || pending.hasRemaining())) {
        throw notText();
      }
      chars.clear();
      pending.compact();
    }

    private AttachmentRejectedException notText() {
      return new AttachmentRejectedException(
          UNSUPPORTED_TYPE, "“%s” is not a text log: save the console output as UTF-8 text".formatted(name));
    }
  }

  private Path directory() {
    Path dir = properties.dir().toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the attachment directory " + dir, e);
    }
    return dir;
  }

  private String newKey() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : "%.1f MB".formatted(bytes / (1024.0 * 1024.0));
  }

  private static String printable(String name) {
    String cleaned = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a file left behind holds no ticket data a customer can reach: its name is random and unlinked
    }
  }
}
