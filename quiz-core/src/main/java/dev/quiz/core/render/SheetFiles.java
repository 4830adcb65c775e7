package dev.quiz.core.render;

import dev.quiz.core.FileOpException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
      throw new FileOpException("write", target, "it already exists (use --force to replace it)", null);
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new FileOpException("write", target, "the folder does not exist", null);
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(content);
      }
      move(tmp, target, replace);
      tmp = null;
    } catch (FileAlreadyExistsException e) {
      throw new FileOpException("write", target, "it already exists (use --force to replace it)", e);
    } catch (IOException | SecurityException e) {
      throw new FileOpException("write", target, reason(e), e);
    } finally {
      deleteQuietly(tmp);
    }
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
