package no.mediaweb.supportflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import no.mediaweb.supportflow.attachment.AttachmentRejectedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** Type, size and name checks of attachment files, on a temporary directory. */
class AttachmentStoreTest {

  static final byte[] PNG = bytes(new int[] {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
  static final byte[] JPEG = bytes(new int[] {0xff, 0xd8, 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1});
  static final byte[] MP4 = bytes(new int[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
  static final byte[] MOV = bytes(new int[] {0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ', 0, 0, 0, 0});

  @TempDir Path dir;
  AttachmentStore store;

  @BeforeEach
  void store() {
    store = new AttachmentStore(
        new AttachmentProperties(dir, DataSize.ofKilobytes(64), DataSize.ofKilobytes(128), DataSize.ofKilobytes(32), 5));
  }

  @Test
  void a_png_screenshot_is_stored_under_a_random_name_with_its_size_and_sha256() throws Exception {
    byte[] content = padded(PNG, 5000);

    StoredFile file = store.store("Skjermbilde 2026-11-27.png", new ByteArrayInputStream(content));

    assertThat(file.type()).isEqualTo(AttachmentType.PNG);
    assertThat(file.displayName()).isEqualTo("Skjermbilde 2026-11-27.png");
    assertThat(file.storageKey()).matches("[0-9a-f]{32}").doesNotContain("Skjermbilde");
    assertThat(file.sizeBytes()).isEqualTo(5000);
    assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    assertThat(Files.readAllBytes(dir.resolve(file.storageKey()))).isEqualTo(content);
    assertThat(files()).containsExactly(file.storageKey());
  }

  @Test
  void jpeg_mp4_mov_and_utf8_logs_are_recognised_by_their_content() {
    assertThat(store.store("photo.JPG", new ByteArrayInputStream(JPEG)).type()).isEqualTo(AttachmentType.JPEG);
    assertThat(store.store("recording.mp4", new ByteArrayInputStream(MP4)).type()).isEqualTo(AttachmentType.MP4);
    assertThat(store.store("recording.mov", new ByteArrayInputStream(MOV)).type()).isEqualTo(AttachmentType.MOV);
    StoredFile log = store.store("console.log", text("Uncaught TypeError: æøå is undefined\n  at main.js:12"));
    assertThat(log.type()).isEqualTo(AttachmentType.TEXT);
    assertThat(log.type().contentType()).isEqualTo("text/plain; charset=UTF-8");
  }

  @Test
  void a_png_name_on_other_content_is_refused_and_nothing_is_kept() {
    assertRejected("screenshot.png", new ByteArrayInputStream("<html><script>alert(1)</script>".getBytes()), Reason.UNSUPPORTED_TYPE);
    assertRejected("screenshot.png", new ByteArrayInputStream(MP4), Reason.UNSUPPORTED_TYPE);
    assertRejected("recording.mp4", new ByteArrayInputStream(padded(PNG, 100)), Reason.UNSUPPORTED_TYPE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"setup.exe", "page.html", "image.svg", "archive.zip", "noextension", "shot.png.exe"})
  void file_kinds_other_than_screenshots_recordings_and_logs_are_refused(String name) {
    assertRejected(name, new ByteArrayInputStream(PNG), Reason.UNSUPPORTED_TYPE);
  }

  @Test
  void a_log_that_is_not_utf8_text_or_holds_a_nul_byte_is_refused() {
    assertRejected("console.log", new ByteArrayInputStream(new byte[] {'o', 'k', (byte) 0xc3, '(', '\n'}), Reason.UNSUPPORTED_TYPE);
    assertRejected("console.txt", new ByteArrayInputStream("abc\u0000def".getBytes(StandardCharsets.UTF_8)), Reason.UNSUPPORTED_TYPE);
    assertRejected("console.txt", new ByteArrayInputStream(padded(PNG, 2000)), Reason.UNSUPPORTED_TYPE);
    // a multi-byte character cut off at the end of the file
    assertRejected("console.txt", new ByteArrayInputStream(new byte[] {'a', 'b', (byte) 0xe2, (byte) 0x82}), Reason.UNSUPPORTED_TYPE);
  }

  @Test
  void a_multi_byte_character_across_read_boundaries_is_valid_text() {
    byte[] content = ("x".repeat(16 * 1024 - 1) + "€" + "y".repeat(100)).getBytes(StandardCharsets.UTF_8);

    assertThat(store.store("long.log", new OneByteAtEdges(content)).sizeBytes()).isEqualTo(content.length);
  }

  @Test
  void each_kind_of_file_has_its_own_size_limit_checked_while_streaming() {
    assertThat(store.store("ok.png", new ByteArrayInputStream(padded(PNG, 64 * 1024))).sizeBytes()).isEqualTo(64 * 1024);
    assertRejected("big.png", new ByteArrayInputStream(padded(PNG, 64 * 1024 + 1)), Reason.TOO_LARGE);
    assertThat(store.store("ok.mp4", new ByteArrayInputStream(padded(MP4, 128 * 1024))).type()).isEqualTo(AttachmentType.MP4);
    assertRejected("big.log", text("z".repeat(32 * 1024 + 1)), Reason.TOO_LARGE);

    // the stream is never read to its end: an endless upload stops at the limit
    EndlessPng endless = new EndlessPng();
    assertRejected("endless.png", endless, Reason.TOO_LARGE);
    assertThat(endless.served).isLessThan(64 * 1024 + 64 * 1024);
  }

  @Test
  void an_empty_file_is_refused() {
    assertRejected("empty.png", new ByteArrayInputStream(new byte[0]), Reason.EMPTY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd.png", "/etc/passwd.png", "C:\\Windows\\shot.png", "shot\u0000.png", "..", "   "})
  void names_with_folders_nul_or_nothing_left_are_refused(String name) {
    assertRejected(name, new ByteArrayInputStream(PNG), Reason.BAD_NAME);
  }

  @Test
  void a_display_name_loses_control_and_bidi_characters_and_is_shortened_keeping_its_extension() {
    assertThat(AttachmentStore.displayName("inv\u202Egnp.exe.png")).isEqualTo("invgnp.exe.png");
    assertThat(AttachmentStore.displayName("a<b>\"c\"|d?.png")).isEqualTo("a_b__c__d_.png");
    assertThat(AttachmentStore.displayName(".hidden.log")).isEqualTo("hidden.log");
    String shortened = AttachmentStore.displayName("x".repeat(300) + ".jpeg");
    assertThat(shortened).hasSize(120).endsWith(".jpeg");
  }

  @Test
  void only_keys_the_store_made_resolve_to_a_file_inside_its_directory() {
    StoredFile file = store.store("shot.png", new ByteArrayInputStream(PNG));

    assertThat(store.pathOf(file.storageKey())).isEqualTo(dir.toAbsolutePath().normalize().resolve(file.storageKey()));
    Stream.of("../" + file.storageKey(), "/etc/passwd", "shot.png", file.storageKey().toUpperCase(), "", null)
        .forEach(key -> assertThatThrownBy(() -> store.pathOf(key)).isInstanceOf(IllegalArgumentException.class));
  }

  /** Refused, with the reason, and no file left behind. */
  private void assertRejected(String name, InputStream content, Reason reason) {
    java.util.List<String> before = files();
    assertThatThrownBy(() -> store.store(name, content))
        .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(files()).as("files after refusing %s", name).isEqualTo(before);
  }

  private java.util.List<String> files() {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] padded(byte[] head, int size) {
    byte[] content = Arrays.copyOf(head, size);
    for (int i = head.length; i < size; i++) {
      content[i] = (byte) (i * 31);
    }
    return content;
  }

  private static byte[] bytes(int[] values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** Serves content in reads that end in the middle of multi-byte characters. */
  private static final class OneByteAtEdges extends ByteArrayInputStream {
    OneByteAtEdges(byte[] content) {
      super(content);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, 16 * 1024 - 3));
    }
  }

  /** A PNG that never ends. */
  private static final class EndlessPng extends InputStream {
    long served;

    @Override
    public int read() {
      int value = served < PNG.length ? PNG[(int) served] & 0xff : 7;
      served++;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }
  }
}
