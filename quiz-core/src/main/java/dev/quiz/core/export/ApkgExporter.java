package dev.quiz.core.export;

import dev.quiz.core.FileOpException;
import dev.quiz.core.ProgressListener;
import dev.quiz.core.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Exports questions as an Anki package ({@code .apkg}) that Anki 2.1.x and later import cleanly, as
 * described in {@code shared/anki-format/README.md}: a zip of a schema-11 {@code collection.anki2}
 * and a {@code media} manifest.
 *
 * <p>Each question becomes one note with one card, in a note type with a fixed id: "Quiz Basic"
 * (multiple choice, true/false), "Quiz Basic (type in the answer)" (short answer, numeric) or "Quiz
 * Cloze". A note's guid comes from its question key, so importing a newer export updates the notes
 * instead of duplicating them. Cards go into {@code Quiz::<document title>} or the deck of {@link
 * ExportOptions#deckName()}.
 *
 * <p>The package is built in a temporary folder beside {@code out} and moved into place atomically:
 * after a failure or cancellation nothing is left behind and an existing {@code out} is unchanged.
 * Stateless and thread-safe; concurrent exports to the same path leave one of them.
 */
public final class ApkgExporter {
  private ApkgExporter() {}

  /**
   * Writes {@code data} to {@code out}, replacing it if it exists.
   *
   * @param listener told of progress in units of notes, cards and reviews; returning {@code false}
   *     cancels
   * @return what was written
   * @throws dev.quiz.core.InvalidInputException when there are no notes ("nothing to export: deck X
   *     has no questions") or two notes share a question key
   * @throws FileOpException when {@code out}'s folder is missing or not writable, or writing fails
   * @throws dev.quiz.core.CancelledException when {@code listener} returned {@code false}
   * @throws StorageException when SQLite fails to build the collection
   */
  public static ExportResult export(
      ExportData data, ExportOptions options, Path out, ProgressListener listener) {
    Objects.requireNonNull(data, "data == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(listener, "listener == null");
    ExportPlan plan = ExportPlan.of(data, options);
    try (AtomicTarget target = AtomicTarget.open(out)) {
      Progress progress = new Progress(listener, plan.units());
      progress.start();
      Path collection = target.workFile(ApkgZip.COLLECTION);
      writeCollection(plan, progress, collection, target.target());
      Path zip = target.workFile("package.apkg");
      try {
        ApkgZip.write(zip, collection, MediaManifest.EMPTY, options.now());
      } catch (IOException e) {
        throw new FileOpException("write", target.target(), "zipping failed (" + e + ")", e);
      }
      progress.step();
      progress.report();
      Path written = target.commit(zip);
      return new ExportResult(
          written,
          plan.notes.size(),
          plan.notes.size(),
          plan.reviews.size(),
          plan.cardDecks,
          size(written));
    }
  }

  private static void writeCollection(
      ExportPlan plan, Progress progress, Path collection, Path target) {
    try {
      new AnkiCollectionWriter(plan, progress).write(collection);
    } catch (SQLException e) {
      throw new StorageException(
          "cannot build the Anki collection for " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FileOpException("write", target, "writing the collection failed (" + e + ")", e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new FileOpException("read size of", file, e.toString(), e);
    }
  }
}
