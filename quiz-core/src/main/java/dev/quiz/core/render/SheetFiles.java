package dev.quiz.core.render;

import dev.quiz.core.FileOpException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes rendered files atomically: the bytes go to a temporary file in the target folder, which is
 * then moved over the target in one step, so a reader never sees half a file and a failure leaves
 * nothing behind. Stateless, thread-safe (two writers of one target: the last move wins).
 */
public final class SheetFiles {
  private SheetFiles() {}

  /**
   * Writes {@code content} to {@code target}.
   *
   * @param target the file to write; its folder must exist and be writable
   * @param content the complete file content
   * @param replace {@code true} to replace an existing file
   * @throws FileOpException when the target exists and {@code replace} is false, or the folder
   *     cannot be written; no temporary file is left behind
   */
  public static void write(Path target, byte[] content, boolean replace) {
    Path dir = target.toAbsolutePath().getParent();
    if (!replace && Files.exists(target)) {
      throw new FileOpException(
          "write", target, "it already exists (use --force to replace it)", null);
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new FileOpException("write", target, "the folder does not exist", null);
    }
    Path tmp = null;
    try {
      tmp = createTemp(dir, target.getFileName().toString());
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
        out.write(content);
      }
      move(tmp, target, replace);
      tmp = null;
    } catch (FileAlreadyExistsException e) {
      throw new FileOpException(
          "write", target, "it already exists (use --force to replace it)", e);
    } catch (IOException | SecurityException e) {
      throw new FileOpException("write", target, reason(e), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /**
   * The most temporary names tried before giving up (left over by crashed or concurrent writers).
   */
  private static final int MAX_TEMP_NAMES = 100;

  /**
   * A new empty file ".NAME.tmp" (or ".NAME.N.tmp") beside the target. Created like any new file,
   * so it gets the user's usual permissions (a temp-file API would make it private).
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int i = 0; i < MAX_TEMP_NAMES; i++) {
      Path tmp = dir.resolve("." + name + (i == 0 ? "" : "." + i) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        // another writer's or a crashed run's: try the next name
      }
    }
    throw new IOException("no free temporary name like ." + name + ".tmp in " + dir);
  }

  private static void move(Path tmp, Path target, boolean replace) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(tmp, target);
      }
    }
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // nothing more to do: the temporary file's name starts with a dot and ends with .tmp
    }
  }
}
