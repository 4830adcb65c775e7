package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.PersonExtractor;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.Token;
import dev.quiz.bank.text.Tokenizer;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Turns a document's facts into questions: cloze, short answer, multiple choice (three
 * distractors), numeric. Drops weak ones, duplicates and any whose prompt shows the answer.
 * Thread-safe; the randomness of choice order comes from the generator passed in.
 */
public final class QuestionGenerator {
  private static final int CHOICES = 4;

  /**
   * A dispatch's place and blanked date opening a sentence: "Richmond, ____.—", "PARIS, ____ -".
   */
  private static final Pattern DISPATCH =
      Regexes.compile(
          "\\p{Lu}[\\p{L} .'-]{1,30}, " + Pattern.quote(Prompt.BLANK) + "\\.?\\s*[—–-]");

  private final Tokenizer tokenizer;
  private final ClozeGenerator cloze = new ClozeGenerator();
  private final ShortAnswerGenerator shortAnswers = new ShortAnswerGenerator();

  /** A generator that tags evidence sentences with {@code tokenizer} to build questions. */
  public QuestionGenerator(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * The questions for one document.
   *
   * @param doc the document's facts
   * @param corpus facts of every document, for distractors
   * @param rng orders the choices; pass a generator seeded per document for reproducible output
   */
  public List<Question> generate(
      GenerationInput doc, List<? extends Fact> corpus, RandomGenerator rng) {
    return generate(doc, new Distractors(doc.facts(), corpus), rng);
  }

  /**
   * The questions for one document, with wrong answers from other documents only when those are of
   * the same era: both era years ({@link GenerationInput#eraYear}) known and at most 25 years
   * apart. The corpus is grouped once per batch and shared by its documents.
   *
   * @param doc the document's facts
   * @param corpus facts of every document, for distractors
   * @param mainYears each document's era year by file name; a document missing here counts as
   *     unknown
   * @param rng orders the choices; pass a generator seeded per document for reproducible output
   */
  public List<Question> generate(
      GenerationInput doc, Corpus corpus, Map<String, OptionalInt> mainYears, RandomGenerator rng) {
    OptionalInt own = doc.eraYear();
    Distractors distractors =
        new Distractors(
            doc.facts(),
            corpus,
            d -> Distractors.sameEra(own, mainYears.getOrDefault(d, OptionalInt.empty())),
            cellSides(doc));
    return generate(doc, distractors, rng);
  }

  /**
   * The side of the infobox cell a fact of {@code doc} stands in: the number its unit's label ends
   * with ("Commanders and leaders2": "2"), or "" for other facts and other documents.
   */
  private static java.util.function.Function<Fact, String> cellSides(GenerationInput doc) {
    List<Sentence> units = doc.context().units();
    String name = doc.context().name();
    return f -> {
      int i = f.evidence().sentenceIndex();
      if (!f.evidence().document().equals(name) || i < 0 || i >= units.size()) {
        return "";
      }
      Sentence u = units.get(i);
      String label = u.label().orElse("");
      return u.kind() == Sentence.Kind.INFOBOX
              && !label.isEmpty()
              && Character.isDigit(label.charAt(label.length() - 1))
          ? label.substring(label.length() - 1)
          : "";
    };
  }

  private List<Question> generate(
      GenerationInput doc, Distractors distractors, RandomGenerator rng) {
    Map<Integer, List<Token>> tokens = new HashMap<>();
    Map<String, Question> out = new LinkedHashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    Map<String, java.util.Set<String>> answers = new HashMap<>();
    String topicTag = FactQuestions.slug(doc.title());
    Page page = Page.of(doc.title(), doc.context().units(), doc.context().document().text());
    java.util.Set<Fact> partial = NestedNames.of(doc.facts());
    Map<String, List<Titled>> titled = bareTitles(doc.facts());
    for (Fact f : doc.facts()) {
      if (partial.contains(f)) {
        continue;
      }
      Sentence unit = doc.context().units().get(f.evidence().sentenceIndex());
      if (isQuestion(unit.text())) {
        // "What happened on 14 July 1789?": a review question states no fact
        continue;
      }
      boolean prose = unit.kind() == Sentence.Kind.PROSE;
      // tagging is the costliest step: a sentence is tagged only when a question needs it
      Supplier<List<Token>> toks =
          () -> prose ? tokens.computeIfAbsent(unit.index(), i -> tokenizer.tag(unit)) : List.of();
      FactQuestions questions = new FactQuestions(doc, f, prose, topicTag);
      for (FactQuestions.Made q : forFact(page, f, unit, toks, distractors, questions, rng)) {
        if (sharesItsTitle(q.question(), f, titled)) {
          continue;
        }
        keep(q, f, questions.answerNorm(), out, ambiguous);
        String answer = q.question().answer();
        answers
            .computeIfAbsent(q.promptWords(), k -> new java.util.HashSet<>())
            .add(answer.equals(f.answer()) ? questions.answerNorm() : Words.norm(answer));
      }
    }
    ambiguous.forEach(out::remove);
    out.entrySet().removeIf(e -> offersAnotherAnswer(e.getKey(), e.getValue(), answers));
    return new ArrayList<>(out.values());
  }

  /**
   * Whether a multiple choice offers, as a wrong choice, what another question with the same prompt
   * has as its answer ("Strength: ____" of two armies listed without their sides). {@code key} is
   * the question's key in {@link #keep}: type, prompt words and answer between '|'.
   */
  private static boolean offersAnotherAnswer(
      String key, Question q, Map<String, java.util.Set<String>> answers) {
    if (!(q.prompt() instanceof Prompt.MultipleChoice mc)) {
      return false;
    }
    java.util.Set<String> right =
        answers.get(key.substring(key.indexOf('|') + 1, key.lastIndexOf('|')));
    if (right == null || right.size() < 2) {
      return false;
    }
    String own = Words.norm(q.answer());
    return mc.choices().stream()
        .map(Words::norm)
        .anyMatch(c -> !c.equals(own) && right.contains(c));
  }

  /** Whether a unit is itself a question: it ends with "?", maybe then closing quotes. */
  static boolean isQuestion(String text) {
    int n = text.length();
    while (n > 0
        && (Character.isWhitespace(text.charAt(n - 1))
            || "\"”’')".indexOf(text.charAt(n - 1)) >= 0)) {
      n--;
    }
    return n > 0 && text.charAt(n - 1) == '?';
  }

  /**
   * The people of a document named with a title alone ("General John Burgoyne"), by the title in
   * lower case: each one's name and the sentence, in lower case, where the title stands before it.
   */
  private static Map<String, List<Titled>> bareTitles(List<Fact> facts) {
    Map<String, List<Titled>> out = new HashMap<>();
    for (Fact f : facts) {
      String role = f instanceof PersonFact p ? p.value().role().trim() : "";
      if (role.isEmpty() || role.indexOf(' ') >= 0) {
        continue;
      }
      String sentence = f.evidence().sentence().toLowerCase(Locale.ROOT);
      String title = role.toLowerCase(Locale.ROOT);
      // the title before the name in this sentence: not a mention linked to it elsewhere
      if (sentence.contains(title + " " + f.answer().toLowerCase(Locale.ROOT))) {
        out.computeIfAbsent(title, k -> new ArrayList<>())
            .add(new Titled(((PersonFact) f).value().name(), sentence));
      }
    }
    return out;
  }

  /** A person named with a bare title, and the sentence (lower case) that names them so. */
  private record Titled(String name, String sentence) {}

  /**
   * Whether {@code q} asks for a person by a role ("Who was the British general?") that fits
   * another person of the document too: one known by the role's head as a bare title ("General John
   * Burgoyne") in a sentence that has the role's other words ("The British plan … was drawn up by
   * General John Burgoyne"). The question has two answers, and the other name would be among its
   * wrong choices. ("the blind King" fits no other king of a sentence without "blind".)
   */
  private static boolean sharesItsTitle(Question q, Fact f, Map<String, List<Titled>> titled) {
    String text = q.prompt().text();
    int who = text.indexOf("Who was ");
    // "Who was …?" or, with its topic, "(Battle of Saratoga) Who was …?"
    if (!(f instanceof PersonFact p) || who < 0 || who > 0 && !text.startsWith(") ", who - 2)) {
      return false;
    }
    String[] words = p.value().role().trim().toLowerCase(Locale.ROOT).split("\\s+");
    List<Titled> others = words.length < 2 ? null : titled.get(words[words.length - 1]);
    if (others == null) {
      return false;
    }
    String name = p.value().name();
    for (Titled o : others) {
      // the same person under a shorter form of the name ("Harold", "Harold Godwinson")
      String other = o.name();
      boolean same =
          other.equals(name)
              || name.endsWith(" " + other)
              || other.endsWith(" " + name)
              || name.startsWith(other + " ")
              || other.startsWith(name + " ");
      if (!same && hasWords(o.sentence(), words, words.length - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code sentence} has each of the first {@code n} {@code words} but articles. */
  private static boolean hasWords(String sentence, String[] words, int n) {
    for (int i = 0; i < n; i++) {
      String w = words[i].replaceAll("['’]s$", "");
      if (!w.equals("the") && !w.equals("a") && !w.equals("an") && !sentence.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds {@code q} to {@code out} by its prompt's words (and answer's, for multiple choice) unless
   * it is weak or shows its answer; a second question of that prompt with another answer marks the
   * prompt ambiguous, else the better scoring one stays.
   */
  private static void keep(
      FactQuestions.Made made,
      Fact f,
      String factAnswer,
      Map<String, Question> out,
      java.util.Set<String> ambiguous) {
    Question q = made.question();
    if (q.score() < QuestionScorer.THRESHOLD) {
      return;
    }
    String prompt = made.promptWords();
    String answer = q.answer().equals(f.answer()) ? factAnswer : Words.norm(q.answer());
    if (Words.showsNorm(prompt, answer)
        || q.type() != QuestionType.TRUE_FALSE
            && (Words.showsNorm(prompt, factAnswer) || SameKind.givesAway(q.prompt().text(), f))) {
      return;
    }
    // one person under two forms of the name ("Putin", "Vladimir Putin") is one answer
    String keyAnswer =
        q.value() instanceof dev.quiz.core.model.AnswerValue.Person p
            ? Words.norm(p.name())
            : answer;
    String k =
        q.type().code()
            + "|"
            + prompt
            + (q.prompt() instanceof Prompt.MultipleChoice ? "|" + keyAnswer : "");
    Question old = out.get(k);
    if (old != null && !sameAnswer(old, q, answer)) {
      ambiguous.add(k);
    } else if (old == null || q.score() > old.score()) {
      out.put(k, q);
    }
  }

  /**
   * Whether {@code old} answers as {@code q} does ({@code answer} normalised): the same words, or
   * the same person under two forms of the name ("Maliar", "Hanna Maliar").
   */
  private static boolean sameAnswer(Question old, Question q, String answer) {
    if (Words.norm(old.answer()).equals(answer)) {
      return true;
    }
    return old.value() instanceof dev.quiz.core.model.AnswerValue.Person a
        && q.value() instanceof dev.quiz.core.model.AnswerValue.Person b
        && a.name().equals(b.name());
  }

  private List<FactQuestions.Made> forFact(
      Page page,
      Fact f,
      Sentence unit,
      Supplier<List<Token>> toks,
      Distractors distractors,
      FactQuestions questions,
      RandomGenerator rng) {
    boolean prose = unit.kind() == Sentence.Kind.PROSE;
    if (unit.kind() == Sentence.Kind.DATELINE) {
      return dispatched(page, f, unit, questions);
    }
    if (!prose && f instanceof PersonFact && unit.kind() != Sentence.Kind.TITLE) {
      return listed(page, f, unit, distractors, questions, rng);
    }
    List<FactQuestions.Made> out = new ArrayList<>();
    Optional<Worded> clozed = cloze.worded(f, unit, page);
    Optional<String> clozeText = clozed.map(Worded::text);
    Optional<String> question =
        prose
            ? shortAnswers
                .question(f, toks)
                .filter(q -> !SameKind.mentions(q, f))
                .map(
                    q ->
                        Context.resolve(
                            q,
                            ClozeGenerator.previous(unit, page.units()),
                            page.runsOn(unit),
                            page.title(),
                            f.answer()))
                .flatMap(q -> Specific.withTopic(q, page.title()))
            : Optional.empty();
    clozed.ifPresent(t -> out.add(questions.makeOfWords(new Prompt.Cloze(t.text()), t.words())));
    String questionWords = question.map(Words::norm).orElse("");
    question.ifPresent(
        t -> out.add(questions.makeOfWords(new Prompt.ShortAnswer(t), questionWords)));
    Optional<String> stem =
        question.isPresent() ? question : clozeText.map(t -> Stems.whoFirst(f, t));
    if (stem.isPresent()) {
      String stemWords = question.isPresent() ? questionWords : Words.norm(stem.get());
      boolean agreement = !breaksAgreement(f) && !isDispatchDate(f, clozeText);
      Optional<List<String>> wrong =
          question.isPresent() || agreement
              ? distractors.pick(f, CHOICES - 1, rng)
              : Optional.empty();
      wrong.ifPresent(w -> out.add(choice(questions, f, stem.get(), stemWords, w, rng)));
      if (prose
          && agreement
          && wrong.isPresent()
          && clozeText.isPresent()
          && !TableCells.looksLikeRow(unit.text())) {
        String key = questions.key(QuestionType.TRUE_FALSE);
        TrueFalse.statement(f, clozeText.get(), wrong.get().get(0), key)
            .ifPresent(tf -> out.add(questions.make(tf, tf.truth() ? "true" : "false", key)));
      }
      if (f instanceof NumberFact n
          && n.style().form() == dev.quiz.bank.extract.NumberStyle.Form.DIGITS
          && question.isPresent()) {
        double tol = n.value().approx() ? 0.1 : n.value().high() >= 1000 ? 0.02 : 0;
        boolean range = n.value().low() != n.value().high();
        out.add(
            questions.make(
                new Prompt.Numeric(
                    stem.get() + (range && tol == 0 ? RANGE_HINT : tolerance(tol)), tol)));
      }
    }
    return out;
  }

  /** The words of a dispatch's first sentence shown after its date line. */
  private static final int DISPATCH_WORDS = 25;

  /**
   * The cloze of a dispatch's date: its date line with the date blanked, then the start of what it
   * reports ("CAIRO, Ill., ____.—A despatch boat from the Mississippi squadron arrived here to-day,
   * …"). A cloze only, as for a dispatch date inside a sentence (see {@link #isDispatchDate}):
   * other dates would be guesses about a newspaper's wires.
   */
  private static List<FactQuestions.Made> dispatched(
      Page page, Fact f, Sentence unit, FactQuestions questions) {
    int next = unit.index() + 1;
    if (next >= page.units().size()
        || page.units().get(next).kind() != Sentence.Kind.PROSE
            && page.units().get(next).kind() != Sentence.Kind.LINE) {
      return List.of();
    }
    String t = unit.text();
    String line =
        t.substring(0, f.evidence().localAnswer().start())
            + Prompt.BLANK
            + t.substring(f.evidence().localAnswer().end());
    String story = Words.oneLine(page.units().get(next).text());
    String[] words = story.split("\\s+");
    if (words.length > DISPATCH_WORDS) {
      story = String.join(" ", java.util.Arrays.copyOf(words, DISPATCH_WORDS)) + " …";
    }
    String text = Words.oneLine(line) + (line.endsWith("—") ? "" : " ") + story;
    return List.of(questions.make(new Prompt.Cloze(text)));
  }

  /** The questions of a person picked out of a list line: multiple choice, else a cloze. */
  private List<FactQuestions.Made> listed(
      Page page,
      Fact f,
      Sentence unit,
      Distractors distractors,
      FactQuestions questions,
      RandomGenerator rng) {
    List<FactQuestions.Made> out = new ArrayList<>();
    Optional<String> commanded =
        commandedUnit(f)
            .or(() -> namedRole(f, unit))
            .or(() -> labelledRole(f, unit))
            .flatMap(q -> Specific.withTopic(q, page.title()));
    if (commanded.isPresent()) {
      // an order of battle's line: "Who commanded the 1st Infantry Division?"; a list of people:
      // "Who was the leader of North Korea?"
      String q = commanded.get();
      String words = Words.norm(q);
      out.add(questions.makeOfWords(new Prompt.ShortAnswer(q), words));
      distractors
          .pick(f, CHOICES - 1, rng)
          .ifPresent(w -> out.add(choice(questions, f, q, words, w, rng)));
      return out;
    }
    Optional<List<String>> wrong = distractors.pickOtherDocuments(f, CHOICES - 1, rng);
    Optional<String> stem = cloze.listedPerson(f, unit, page);
    if (stem.isPresent() && wrong.isPresent()) {
      out.add(choice(questions, f, stem.get(), Words.norm(stem.get()), wrong.get(), rng));
    } else if (stem.isPresent()) {
      cloze.listedAlone(f, unit, page).ifPresent(t -> out.add(questions.make(new Prompt.Cloze(t))));
    }
    return out;
  }

  /**
   * "Who was the president of South Korea?" for a list line that gives a name, a dash and the
   * person's role ("Syngman Rhee – president of South Korea").
   */
  private static Optional<String> namedRole(Fact f, Sentence unit) {
    if (!(f instanceof PersonFact p)
        || p.value().role().isEmpty()
        || !NAME_DASH
            .matcher(unit.text())
            .region(f.evidence().localAnswer().end(), unit.text().length())
            .lookingAt()) {
      return Optional.empty();
    }
    return Optional.of("Who was the " + p.value().role() + "?");
  }

  /**
   * "Who was the commanding officer?" for a line that gives the role, a colon and its holder
   * ("Commanding Officer: Lt-Col J.D. Frost").
   */
  private static Optional<String> labelledRole(Fact f, Sentence unit) {
    if (!(f instanceof PersonFact p)) {
      return Optional.empty();
    }
    String role = p.value().role();
    String t = unit.text();
    if (!role.isEmpty() && t.startsWith(role) && t.startsWith(":", role.length())) {
      return Optional.of("Who was the " + role.toLowerCase(Locale.ROOT) + "?");
    }
    // "• British commander: Vice-Admiral Horatio Nelson (killed)": the key is the role, and the
    // holder (with the title that is his role) follows the colon
    // (an infobox line is asked under its key instead: "Commander: which of these is listed?")
    java.util.regex.Matcher key = ROLE_KEY.matcher(t);
    if (unit.kind() != Sentence.Kind.LINE
        || !key.lookingAt()
        || key.end() > f.evidence().localAnswer().start()) {
      return Optional.empty();
    }
    String title = t.substring(key.end(), f.evidence().localAnswer().start()).trim();
    boolean titleOnly =
        title.isEmpty()
            || title.indexOf(',') < 0
                && Words.count(title) <= 3
                && Character.isUpperCase(title.charAt(0));
    // the holder alone on the line, maybe with a remark: "(captured)"; a list of holders
    // ("Commanders: A, B, C") has no one answer
    String after = t.substring(f.evidence().localAnswer().end()).trim();
    boolean alone =
        after.isEmpty() || after.startsWith("(") && after.indexOf(')') == after.length() - 1;
    return titleOnly && alone && PersonExtractor.namesARole(key.group(1))
        ? Optional.of("Who was the " + key.group(1) + "?")
        : Optional.empty();
  }

  /** A list line's key before its colon, its bullet aside: group 1 ("British commander"). */
  private static final Pattern ROLE_KEY =
      Regexes.compile("[-•*–—·\\s]*(\\p{Lu}?[\\p{Ll}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}):\\s*");

  /** "Who commanded the 1st Infantry Division?" for a unit's commander in an order of battle. */
  private static final Pattern NAME_DASH = Regexes.compile("\\s+[–—-]\\s+\\p{Ll}");

  private static Optional<String> commandedUnit(Fact f) {
    if (!(f instanceof PersonFact p) || !p.value().role().startsWith(PersonExtractor.COMMANDED)) {
      return Optional.empty();
    }
    return Optional.of(
        "Who commanded the "
            + p.value().role().substring(PersonExtractor.COMMANDED.length())
            + "?");
  }

  private static FactQuestions.Made choice(
      FactQuestions questions,
      Fact f,
      String stem,
      String stemWords,
      List<String> wrong,
      RandomGenerator rng) {
    List<String> choices = new ArrayList<>(wrong);
    choices.add(f.answer());
    Distractors.shuffle(choices, rng);
    return questions.makeOfWords(
        new Prompt.MultipleChoice(stem, choices, choices.indexOf(f.answer())), stemWords);
  }

  /**
   * Whether the fact is the date of a newspaper dispatch ("Richmond, ____.—The President has …"):
   * worth a cloze, but other dates to choose from, or a false one to spot, are only trivia.
   */
  static boolean isDispatchDate(Fact f, Optional<String> cloze) {
    return f instanceof DateFact && cloze.isPresent() && DISPATCH.matcher(cloze.get()).lookingAt();
  }

  /**
   * Whether other values would disagree with the noun after the blank: an answer of one that ends
   * with its number ("one", "at least one") leaves its noun singular ("____ police officer was
   * killed"), so "three" among the choices, or in a true/false statement, is not English.
   */
  static boolean breaksAgreement(Fact f) {
    if (!(f instanceof NumberFact n) || n.value().low() != 1 || n.value().high() != 1) {
      return false;
    }
    String a = f.answer().toLowerCase(Locale.ROOT);
    return a.equals("a")
        || a.equals("an")
        || a.equals("one")
        || a.equals("1")
        || a.endsWith(" one")
        || a.endsWith(" 1")
        || a.endsWith(" a")
        || a.endsWith(" an");
  }

  /** A range answer ("between 36 and 136") is graded right for any figure within it. */
  private static final String RANGE_HINT = " (a range, or any figure within it)";

  private static String tolerance(double tol) {
    return tol == 0
        ? " (exact number)"
        : String.format(Locale.ROOT, " (within %d%%)", Math.round(tol * 100));
  }
}
