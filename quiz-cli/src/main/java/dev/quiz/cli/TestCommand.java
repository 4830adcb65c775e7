package dev.quiz.cli;

import dev.quiz.core.FileOpException;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.render.Paper;
import dev.quiz.core.render.PlanOptions;
import dev.quiz.core.render.SheetFiles;
import dev.quiz.core.render.SheetFormat;
import dev.quiz.core.render.TestPlanner;
import dev.quiz.core.render.TestSheet;
import dev.quiz.core.render.TestSheetRenderer;
import dev.quiz.pdf.PdfSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz test}: a printable test with an answer key, or a Moodle question-bank import. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    header = "Make a test to print (with answer key) or to import into Moodle.",
    description = {
      "Chooses N questions balanced across documents, fact kinds, forms and",
      "difficulty, never two about one fact, and writes one file: Markdown, HTML",
      "or PDF (each version's sheet, then the answer key), Moodle GIFT or XML, or",
      "JSON. The same --seed gives the same file.",
      ""
    },
    sortOptions = false)
final class TestCommand implements Callable<Integer> {

  /** Output formats, named as on the command line. */
  enum Format {
    md,
    html,
    pdf,
    gift,
    moodle,
    json
  }

  /** Paper sizes for html and pdf. */
  enum PaperOption {
    a4,
    letter
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Documents to make questions from.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--questions",
      paramLabel = "FILE.jsonl",
      description = "Questions as JSON Lines (from 'quiz generate --format jsonl').")
  Path questionsFile;

  @Option(names = "--bank", paramLabel = "FILE", description = "A question bank (with --deck).")
  Path bank;

  @Option(names = "--deck", paramLabel = "NAME", description = "The deck of --bank to draw from.")
  String deck;

  @Option(
      names = "--count",
      required = true,
      paramLabel = "N",
      description = "Questions per version.")
  int count;

  @Option(
      names = "--types",
      split = ",",
      paramLabel = "TYPE",
      converter = TypeConverter.class,
      description =
          "Allowed forms: cloze, short_answer, multiple_choice, numeric, true_false (default:"
              + " all).")
  List<QuestionType> types = new ArrayList<>();

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed for the choice and the order (default: random, printed).")
  Long seed;

  @Option(
      names = "--versions",
      defaultValue = "1",
      paramLabel = "K",
      description = "Versions A, B, ... (default: ${DEFAULT-VALUE}).")
  int versions;

  @Option(
      names = "--distinct",
      description = "Give every version its own questions (default: same questions, other order).")
  boolean distinct;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write the file into.")
  Path out;

  @Option(names = "--force", description = "Replace an existing file.")
  boolean force;

  @Option(
      names = "--title",
      defaultValue = "Test",
      paramLabel = "T",
      description = "Title on every sheet (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(
      names = "--paper",
      defaultValue = "a4",
      paramLabel = "SIZE",
      description = "Paper for html and pdf: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  PaperOption paper;

  @Option(
      names = "--min-score",
      defaultValue = "0.5",
      paramLabel = "X",
      description =
          "Leave out questions the generator scored below X, 0..1 (default: ${DEFAULT-VALUE}).")
  double minScore;

  /** Questions to choose from and, when known, how often learners failed each (by key). */
  record QuestionSource(List<Question> questions, Map<String, Double> failureRates) {}

  @Override
  public Integer call() {
    checkOptions();
    QuestionSource source = questions();
    long s = seed != null ? seed : new java.util.Random().nextLong();
    PlanOptions options =
        PlanOptions.of(title, count, s)
            .withVersions(versions, distinct)
            .withTypes(types.isEmpty() ? EnumSet.noneOf(QuestionType.class) : EnumSet.copyOf(types))
            .withMinScore(minScore);
    TestSheet sheet = TestPlanner.plan(source.questions(), options, source.failureRates());
    TestSheetRenderer renderer = renderer();
    Path target = out.resolve(fileStem(title) + "." + renderer.extension());
    byte[] content = renderer.render(sheet);
    createFolder();
    SheetFiles.write(target, content, force);
    spec.commandLine()
        .getOut()
        .println("wrote " + target + " (" + describe(sheet) + ", seed " + s + ")");
    return ExitCodes.OK;
  }

  /**
   * Where the questions come from: the one place that knows the sources.
   *
   * <p>{@code --questions}: JSON Lines; INPUT documents: generated now, no failure rates; {@code
   * --bank FILE [--deck NAME]}: the deck's notes, with each note's share of Again ratings as its
   * failure rate.
   */
  private QuestionSource questions() {
    if (questionsFile != null) {
      return new QuestionSource(QuestionsJsonl.read(questionsFile), Map.of());
    }
    if (bank != null) {
      return BankQuestions.read(bank, Optional.ofNullable(deck));
    }
    return new QuestionSource(
        GenerateCommand.questionsOf(inputs, spec.commandLine().getErr()), Map.of());
  }

  private void checkOptions() {
    int sources =
        (questionsFile != null ? 1 : 0) + (bank != null ? 1 : 0) + (inputs.isEmpty() ? 0 : 1);
    if (sources != 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give exactly one question source: INPUT..., --bank FILE --deck NAME, or --questions"
              + " FILE.jsonl");
    }
    if (deck != null && bank == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--deck needs --bank FILE (the bank the deck is in)");
    }
    if (count < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--count must be >= 1: " + count);
    }
    if (versions < 1 || versions > PlanOptions.MAX_VERSIONS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--versions must be 1.." + PlanOptions.MAX_VERSIONS + ": " + versions);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-score must be in [0, 1]: " + minScore);
    }
    if (title.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--title must not be blank");
    }
  }

  private TestSheetRenderer renderer() {
    Paper p = paper == PaperOption.letter ? Paper.LETTER : Paper.A4;
    return switch (format) {
      case md -> TestSheetRenderer.of(SheetFormat.MARKDOWN);
      case html -> TestSheetRenderer.html(p);
      case pdf -> PdfSheets.renderer(p);
      case gift -> TestSheetRenderer.of(SheetFormat.GIFT);
      case moodle -> TestSheetRenderer.of(SheetFormat.MOODLE_XML);
      case json -> TestSheetRenderer.of(SheetFormat.JSON);
    };
  }

  private void createFolder() {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new FileOpException(
          "create folder",
          out,
          e instanceof java.nio.file.FileAlreadyExistsException
              ? "a file of that name is in the way"
              : e.toString(),
          e);
    }
  }

  /** The file name from the title: lower case letters and digits joined by dashes, else "test". */
  static String fileStem(String title) {
    String stem =
        title
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    return stem.isEmpty() ? "test" : stem.length() > 60 ? stem.substring(0, 60) : stem;
  }

  private static String describe(TestSheet sheet) {
    int n = sheet.first().items().size();
    int k = sheet.versions().size();
    return (k == 1 ? "1 version" : k + (sheet.distinct() ? " distinct versions" : " versions"))
        + " of "
        + n
        + (n == 1 ? " question" : " questions");
  }

  /** Reads a question form by its contract name and lists the valid ones when it is unknown. */
  static final class TypeConverter implements CommandLine.ITypeConverter<QuestionType> {
    @Override
    public QuestionType convert(String value) {
      for (QuestionType t : QuestionType.values()) {
        if (t.code().equals(value)) {
          return t;
        }
      }
      List<String> codes = new ArrayList<>();
      for (QuestionType t : QuestionType.values()) {
        codes.add(t.code());
      }
      throw new CommandLine.TypeConversionException(
          "unknown question type '" + value + "'; valid types: " + String.join(", ", codes));
    }
  }
}
