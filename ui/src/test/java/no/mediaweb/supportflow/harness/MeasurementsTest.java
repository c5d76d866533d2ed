package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementsTest {

  @Test
  void the_resident_set_is_read_from_the_vmrss_line_of_proc_status(@TempDir Path dir) throws IOException {
    Path status = dir.resolve("status");
    Files.writeString(status, "Name:\tmariadbd\nVmPeak:\t 1200000 kB\nVmHWM:\t  250000 kB\nVmRSS:\t  201344 kB\nThreads:\t12\n");

    assertThat(Measurements.residentKb(status)).isEqualTo(201344);
    assertThat(Measurements.residentKb(dir.resolve("missing"))).isEqualTo(-1);
  }
}
