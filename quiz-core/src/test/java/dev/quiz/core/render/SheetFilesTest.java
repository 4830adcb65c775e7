package dev.quiz.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.FileOpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetFilesTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("test.html");

    SheetFiles.write(target, bytes("<p>sheet</p>"), false);

    assertThat(target).hasContent("<p>sheet</p>");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void theFileGetsTheUsualPermissionsNotPrivateTempOnes() throws IOException {
    Path target = dir.resolve("test.pdf");
    Path usual = Files.createFile(dir.resolve("usual"));

    SheetFiles.write(target, bytes("%PDF"), false);

    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(usual));
  }

  @Test
  void aLeftOverTemporaryFileIsNotInTheWay() throws IOException {
    Path leftOver = Files.writeString(dir.resolve(".test.md.tmp"), "crashed run");
    Path target = dir.resolve("test.md");

    SheetFiles.write(target, bytes("new"), false);

    assertThat(target).hasContent("new");
    assertThat(leftOver).hasContent("crashed run");
  }

  @Test
  void anExistingFileIsKeptWithoutReplace() throws IOException {
    Path target = dir.resolve("test.md");
    Files.writeString(target, "old");

    FileOpException e =
        assertThrows(FileOpException.class, () -> SheetFiles.write(target, bytes("new"), false));

    assertThat(e)
        .hasMessage("cannot write " + target + ": it already exists (use --force to replace it)");
    assertThat(target).hasContent("old");
  }

  @Test
  void anExistingFileIsReplacedWhenAsked() throws IOException {
    Path target = dir.resolve("test.md");
    Files.writeString(target, "old");

    SheetFiles.write(target, bytes("new"), true);

    assertThat(target).hasContent("new");
  }

  @Test
  void aMissingFolderIsOneClearError() {
    Path target = dir.resolve("nowhere").resolve("test.md");

    FileOpException e =
        assertThrows(FileOpException.class, () -> SheetFiles.write(target, bytes("x"), false));

    assertThat(e).hasMessage("cannot write " + target + ": the folder does not exist");
  }

  @Test
  void anUnwritableFolderLeavesNothingBehind() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    Assumptions.assumeFalse(
        Files.isWritable(locked), "running as root: permissions are not enforced");
    Path target = locked.resolve("test.md");

    FileOpException e =
        assertThrows(FileOpException.class, () -> SheetFiles.write(target, bytes("x"), false));

    assertThat(e).hasMessage("cannot write " + target + ": permission denied");
    try (var files = Files.list(locked)) {
      assertThat(files).isEmpty();
    }
  }
}
