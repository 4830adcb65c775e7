package dev.quiz.core.store;

import dev.quiz.core.FileOpException;
import dev.quiz.core.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Checks a bank path before SQLite touches it, so that a folder, a read-only file, a text file or a
 * truncated bank is refused with one clear line and left byte for byte as it was. Reads only the
 * 100-byte SQLite header. Stateless.
 */
final class BankFile {
  private static final byte[] MAGIC = "SQLite format 3\u0000".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 100;

  private BankFile() {}

  /**
   * Checks {@code file}; creates its missing parent folders when it does not exist yet.
   *
   * @return {@code true} when there is no bank yet (no file, or an empty one)
   * @throws FileOpException for a folder, an unreadable or read-only file or folder
   * @throws StorageException for a file that is not a SQLite database or is truncated
   */
  static boolean check(Path file) {
    if (Files.isDirectory(file)) {
      throw new FileOpException(
          "open bank",
          file,
          "it is a folder; give a bank file, e.g. --bank " + file.resolve("bank.db"),
          null);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.exists(file)) {
      createFolder(parent);
      if (readOnly(parent)) {
        throw new FileOpException(
            "create bank", file, "its folder is read-only; choose another --bank file", null);
      }
      return true;
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new FileOpException(
          "open bank", file, "it is not a readable file; check the path and its permissions", null);
    }
    long size = size(file);
    if (size > 0) {
      checkHeader(file, size);
    }
    if (readOnly(file)) {
      throw new FileOpException(
          "open bank",
          file,
          "the file is read-only; make it writable (chmod u+w) or copy it",
          null);
    }
    if (readOnly(parent)) {
      throw new FileOpException(
          "open bank",
          file,
          "its folder is read-only, and SQLite needs to create the -wal and"
              + " -shm files there; make the folder writable",
          null);
    }
    return size == 0;
  }

  private static void checkHeader(Path file, long size) {
    byte[] h = new byte[HEADER];
    int n = read(file, h);
    if (n < MAGIC.length || !Arrays.equals(Arrays.copyOf(h, MAGIC.length), MAGIC)) {
      throw notABank(file, "it is not a SQLite database file");
    }
    if (n < HEADER) {
      throw damaged(file, "it ends inside the SQLite header (" + size + " bytes)");
    }
    int pageSize = ((h[16] & 0xff) << 8) | (h[17] & 0xff);
    pageSize = pageSize == 1 ? 65536 : pageSize;
    if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
      throw damaged(file, "its header has an invalid page size " + pageSize);
    }
    long pages = intAt(h, 28) & 0xffffffffL;
    boolean countValid = intAt(h, 24) == intAt(h, 92);
    if (size % pageSize != 0 || (countValid && pages * pageSize > size)) {
      throw damaged(
          file,
          "it is truncated: its header counts "
              + pages
              + " pages of "
              + pageSize
              + " bytes but the file has "
              + size
              + " bytes");
    }
  }

  /** The error for a file that is not a quiz bank at all. */
  static StorageException notABank(Path file, String why) {
    return new StorageException(
        file
            + " is not a quiz bank: "
            + why
            + "; give another file with --bank or move this one away (it was not changed)");
  }

  private static StorageException damaged(Path file, String why) {
    return new StorageException(
        "bank " + file + " is damaged: " + why + "; restore it from a backup (it was not changed)");
  }

  private static int intAt(byte[] b, int offset) {
    return ((b[offset] & 0xff) << 24)
        | ((b[offset + 1] & 0xff) << 16)
        | ((b[offset + 2] & 0xff) << 8)
        | (b[offset + 3] & 0xff);
  }

  private static int read(Path file, byte[] into) {
    try (InputStream in = Files.newInputStream(file)) {
      int total = 0;
      for (int n = 0; n >= 0 && total < into.length; total += n) {
        n = in.read(into, total, into.length - total);
        if (n < 0) {
          break;
        }
      }
      return total;
    } catch (IOException e) {
      throw new FileOpException("read bank", file, String.valueOf(e.getMessage()), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new FileOpException("read bank", file, String.valueOf(e.getMessage()), e);
    }
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new FileOpException("create folder", folder, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Not writable for us, or, on POSIX, writable for no one: a file the user made read-only is
   * refused even when running as root, who could write it anyway.
   */
  static boolean readOnly(Path p) {
    if (!Files.isWritable(p)) {
      return true;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
    if (view == null) {
      return false;
    }
    try {
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      return !perms.contains(PosixFilePermission.OWNER_WRITE)
          && !perms.contains(PosixFilePermission.GROUP_WRITE)
          && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException e) {
      return false;
    }
  }
}
