package dev.quiz.core.export;

import dev.quiz.core.FileOpException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written atomically (STYLE rule 11): work files live in a temporary folder inside
 * the target's folder, the finished file is moved over the target with {@code ATOMIC_MOVE}, and
 * {@link #close()} removes every work file, whether the export finished or failed. One per export.
 */
final class AtomicTarget implements AutoCloseable {
  private final Path target;
  private final Path workDir;

  private AtomicTarget(Path target, Path workDir) {
    this.target = target;
    this.workDir = workDir;
  }

  /**
   * Checks the target's folder and creates the work folder in it.
   *
   * @throws FileOpException when the folder is missing, not a folder or not writable, or the target
   *     is a folder
   */
  static AtomicTarget open(Path out) {
    Path target = out.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (dir == null || Files.isDirectory(target)) {
      throw new FileOpException(
          "write",
          target,
          "it is a folder; give a file name such as " + target.resolve("quiz.apkg"),
          null);
    }
    if (!Files.exists(dir)) {
      throw new FileOpException(
          "write",
          target,
          "folder " + dir + " does not exist; create it or choose another path",
          null);
    }
    if (!Files.isDirectory(dir)) {
      throw new FileOpException(
          "write", target, dir + " is not a folder; choose another path", null);
    }
    try {
      return new AtomicTarget(target, Files.createTempDirectory(dir, ".quiz-export-"));
    } catch (IOException | SecurityException e) {
      throw new FileOpException(
          "write",
          target,
          "folder " + dir + " is not writable; fix its permissions or choose another path",
          e);
    }
  }

  /** A work file (not yet created) in the work folder. */
  Path workFile(String name) {
    return workDir.resolve(name);
  }

  /**
   * Moves the finished {@code file} (a work file) over the target, atomically when the file system
   * can (it can on every local file system; a plain replace otherwise).
   */
  Path commit(Path file) {
    try {
      try {
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new FileOpException(
          "write", target, "cannot move the finished file into place (" + e + ")", e);
    }
  }

  /** The target path, absolute. */
  Path target() {
    return target;
  }

  /** Deletes the work folder and anything left in it. Never throws. */
  @Override
  public void close() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(workDir)) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // best effort: the folder is hidden and named as ours
    }
    try {
      Files.deleteIfExists(workDir);
    } catch (IOException e) {
      // best effort, as above
    }
  }
}
