package dev.quiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.CancelledException;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.Note;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input, bad paths and cancellation: clear errors and never a half-written file. */
class ApkgFailureTest {
  @TempDir Path dir;

  @Test
  void exportingNoQuestionsNamesTheEmptyDeck() {
    ExportData empty = Fixtures.data(List.of(), List.of(), List.of());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ApkgExporter.export(
                    empty, Fixtures.options(), dir.resolve("x.apkg"), ProgressListener.NONE));
    assertThat(e).hasMessage("nothing to export: deck History has no questions");
    ExportOptions kabul = Fixtures.options().toBuilder().deckName("Kabul").build();
    assertThat(
            assertThrows(
                InvalidInputException.class,
                () ->
                    CsvExporter.export(empty, kabul, dir.resolve("x.csv"), ProgressListener.NONE)))
        .hasMessage("nothing to export: deck Kabul has no questions");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void twoNotesWithOneQuestionKeyAreRefused() {
    List<Note> notes = new ArrayList<>(Fixtures.notes());
    notes.add(Fixtures.note(9, notes.get(0).question()));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ApkgExporter.export(
                    Fixtures.data(notes, List.of(), List.of()),
                    Fixtures.options(),
                    dir.resolve("x.apkg"),
                    ProgressListener.NONE));
    assertThat(e)
        .hasMessage(
            "notes 1 and 9 share question key q-000000000001: each question needs its own key");
  }

  @Test
  void aMissingFolderIsReportedWithPathAndFix() {
    Path out = dir.resolve("missing").resolve("quiz.apkg");
    FileOpException e =
        assertThrows(
            FileOpException.class,
            () ->
                ApkgExporter.export(
                    Fixtures.data(), Fixtures.options(), out, ProgressListener.NONE));
    assertThat(e)
        .hasMessage(
            "cannot write "
                + out
                + ": folder "
                + out.getParent()
                + " does not exist; create it or choose another path");
    assertThat(e.path()).isEqualTo(out.toString());
    assertThat(e.operation()).isEqualTo("write");
  }

  @Test
  void aFolderAsOutputIsReported() {
    FileOpException e =
        assertThrows(
            FileOpException.class,
            () ->
                ApkgExporter.export(
                    Fixtures.data(), Fixtures.options(), dir, ProgressListener.NONE));
    assertThat(e)
        .hasMessage(
            "cannot write "
                + dir
                + ": it is a folder; give a file name such as "
                + dir.resolve("quiz.apkg"));
  }

  @Test
  void aReadOnlyFolderIsReportedWithPathAndFix() throws Exception {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(
          Files.isWritable(ro), "running as root: permissions are not enforced");
      Path out = ro.resolve("quiz.apkg");
      FileOpException e =
          assertThrows(
              FileOpException.class,
              () ->
                  ApkgExporter.export(
                      Fixtures.data(), Fixtures.options(), out, ProgressListener.NONE));
      assertThat(e)
          .hasMessage(
              "cannot write "
                  + out
                  + ": folder "
                  + ro
                  + " is not writable; fix its permissions or choose another path");
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFolderNobodyCanWriteIsReportedEvenForRoot() {
    Path proc = Path.of("/proc");
    Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
    Path out = proc.resolve("quiz.apkg");
    FileOpException e =
        assertThrows(
            FileOpException.class,
            () ->
                ApkgExporter.export(
                    Fixtures.data(), Fixtures.options(), out, ProgressListener.NONE));
    assertThat(e)
        .hasMessage(
            "cannot write /proc/quiz.apkg: folder /proc is not writable;"
                + " fix its permissions or choose another path");
  }

  /** The listener hears 0, 5 (notes), 10 (cards), 11 (zip): cancelling at any leaves nothing. */
  @ParameterizedTest
  @ValueSource(longs = {0, 5, 10, 11})
  void cancellingLeavesNoFileAndKeepsTheOldOne(long at) throws Exception {
    Path out = dir.resolve("quiz.apkg");
    Files.write(out, "old".getBytes(StandardCharsets.UTF_8));
    List<Long> heard = new ArrayList<>();
    CancelledException e =
        assertThrows(
            CancelledException.class,
            () ->
                ApkgExporter.export(
                    Fixtures.data(),
                    Fixtures.options(),
                    out,
                    (done, total) -> {
                      heard.add(done);
                      return done < at;
                    }));
    assertThat(e).hasMessage("export cancelled after " + at + " of 11 steps; no file was written");
    assertThat(heard).last().isEqualTo(at);
    assertThat(Files.readAllBytes(out)).isEqualTo("old".getBytes(StandardCharsets.UTF_8));
    assertThat(filesIn(dir)).containsExactly("quiz.apkg");
  }

  @Test
  void aFailureInTheMiddleLeavesNoTemporaryFile() {
    Path out = dir.resolve("quiz.apkg");
    ProgressListener failing =
        (done, total) -> {
          if (done == 5) {
            throw new IllegalStateException("disk gone");
          }
          return true;
        };
    assertThrows(
        IllegalStateException.class,
        () -> ApkgExporter.export(Fixtures.data(), Fixtures.options(), out, failing));
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void progressIsReportedFromZeroToTotal() {
    List<String> heard = new ArrayList<>();
    ApkgExporter.export(
        Fixtures.data(),
        Fixtures.options(),
        dir.resolve("q.apkg"),
        (done, total) -> heard.add(done + "/" + total));
    assertThat(heard).containsExactly("0/11", "5/11", "10/11", "11/11");
    assertThat(filesIn(dir)).containsExactly("q.apkg");
  }

  private static List<String> filesIn(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
