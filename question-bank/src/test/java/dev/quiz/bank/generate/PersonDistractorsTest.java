package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PersonDistractorsTest {
  private static final String[] GIVEN = {"Anna", "Bert", "Cara", "Dan", "Harold"};
  private static final String[] FAMILY = {"Example", "Sample", "Godwinson", "of Wessex", ""};
  private static final String[] ROLES = {"commander", "envoy", "Commander", ""};

  @Test
  void namesSharingAWordWithTheAnswerOrShorterThanItAreLeftOut() {
    PersonFact answer = person("a.txt", "Anna Example", "commander");
    List<Fact> pool =
        List.of(
            answer,
            person("a.txt", "Bert Example", "commander"),
            person("a.txt", "Cara", "envoy"),
            person("b.txt", "Dan Sample", "commander"));

    List<PersonDistractors.Name> wrong =
        new PersonDistractors(pool).candidates(answer, new SplittableRandom(1), false);

    assertThat(wrong).extracting(PersonDistractors.Name::name).containsExactly("Dan Sample");
    assertThat(wrong.get(0).norm()).isEqualTo("dan sample");
  }

  @Test
  void namesSharingOnlyAParticleWithTheAnswerStay() {
    PersonFact answer = person("a.txt", "Guy of Lusignan", "commander");
    List<Fact> pool =
        List.of(
            answer,
            person("a.txt", "Conrad of Montferrat", "lord"),
            person("a.txt", "Antonio de Leyva", "general"),
            person("a.txt", "Guy Other", "envoy"));

    List<PersonDistractors.Name> wrong =
        new PersonDistractors(pool).candidates(answer, new SplittableRandom(1), false);

    assertThat(wrong)
        .extracting(PersonDistractors.Name::name)
        .containsExactlyInAnyOrder("Conrad of Montferrat", "Antonio de Leyva");
  }

  @Test
  void theOtherSidesCommandersAreWrongAnswersEvenWithOneName() {
    PersonFact answer = line("- Commander1: Guy of Lusignan, Balian of Ibelin", "Guy of Lusignan");
    List<Fact> pool =
        List.of(
            answer,
            line("- Commander1: Guy of Lusignan, Balian of Ibelin", "Balian of Ibelin"),
            line("- Commander2: Saladin, Taqi al-Din", "Saladin"),
            line("- Commander2: Saladin, Taqi al-Din", "Taqi al-Din"),
            person("a.txt", "Rufinus", "bishop"));

    List<PersonDistractors.Name> wrong =
        new PersonDistractors(pool).candidates(answer, new SplittableRandom(1), true);

    // a one-word name of another role is still left out for a longer answer
    assertThat(wrong)
        .extracting(PersonDistractors.Name::name)
        .containsExactlyInAnyOrder("Saladin", "Taqi al-Din");
  }

  @Test
  void oneMarkedAsTakenPrisonerGetsTheUnmarkedNamesOfItsLineFirst() {
    String text =
        "- Commander1: Guy of Lusignan (POW), Raynald of Chatillon (POW), Balian of Ibelin";
    PersonFact answer = line(text, "Guy of Lusignan");
    List<Fact> pool =
        List.of(
            answer,
            line(text, "Raynald of Chatillon"),
            line(text, "Balian of Ibelin"),
            line("- Commander2: Saladin, Taqi al-Din", "Taqi al-Din"),
            person("b.txt", "Dan Other", "commander"));

    for (int seed = 0; seed < 10; seed++) {
      List<PersonDistractors.Name> wrong =
          new PersonDistractors(pool).candidates(answer, new SplittableRandom(seed), true);

      assertThat(wrong)
          .extracting(PersonDistractors.Name::name)
          .containsExactly("Balian of Ibelin", "Taqi al-Din", "Dan Other");
    }
    // one not marked is asked "which of these is listed?": no name of its line is a wrong answer
    assertThat(
            new PersonDistractors(pool)
                .candidates((PersonFact) pool.get(2), new SplittableRandom(1), true))
        .extracting(PersonDistractors.Name::name)
        .containsExactly("Taqi al-Din", "Dan Other");
  }

  @Test
  void aMarkAfterTheTitleThatFollowsTheNameCounts() {
    PersonFact bonnivet =
        line("- Commander2: Guillaume Gouffier, seigneur de Bonnivet †", "Guillaume Gouffier");
    PersonFact listed =
        line("- Commander1: Guy of Lusignan, Raynald of Chatillon (POW)", "Guy of Lusignan");

    assertThat(ClozeGenerator.mark(bonnivet)).isEqualTo(ClozeGenerator.Mark.KILLED);
    assertThat(ClozeGenerator.mark(listed)).isEqualTo(ClozeGenerator.Mark.NONE);
  }

  @Test
  void otherDocumentsPeopleOfTheAnswersRankComeFirst() {
    PersonFact answer = person("a.txt", "Anna Example", "Rear Admiral");
    List<Fact> pool =
        List.of(
            answer,
            person("b.txt", "Bert Sample", "spokesman"),
            person("b.txt", "Cara Model", "General"),
            person("c.txt", "Dan Other", "Vice Admiral"),
            person("c.txt", "Eve Fourth", "commander"),
            person("d.txt", "Finn Fifth", "Admiral"));

    for (int seed = 0; seed < 20; seed++) {
      List<PersonDistractors.Name> wrong =
          new PersonDistractors(pool).candidates(answer, new SplittableRandom(seed), false);

      assertThat(wrong.subList(0, 2))
          .extracting(PersonDistractors.Name::name)
          .containsExactlyInAnyOrder("Dan Other", "Finn Fifth");
      assertThat(wrong).hasSize(5);
    }
  }

  @Test
  void theMakerOfAWorkIsNoWrongAnswerForOneWhoFought() {
    PersonFact general =
        Facts.person("a.txt", "General Anna Example led the left.", "Anna Example");
    PersonFact novelist =
        Facts.person(
            "a.txt",
            "The battle is told in the 19th-century novel The Long March by Bert Sample.",
            "Bert Sample",
            "");
    PersonFact painter =
        Facts.person(
            "a.txt",
            "A painting of the charge by Cara Model hangs in the museum.",
            "Cara Model",
            "");
    PersonFact officer = Facts.person("a.txt", "The bridge was held by Dan Other.", "Dan Other");
    List<Fact> pool = List.of(general, novelist, painter, officer);
    PersonDistractors people = new PersonDistractors(pool);

    assertThat(people.candidates(general, new SplittableRandom(1), false))
        .extracting(PersonDistractors.Name::name)
        .containsExactly("Dan Other");
    // a writer's wrong answers may be writers
    assertThat(people.candidates(novelist, new SplittableRandom(1), false))
        .extracting(PersonDistractors.Name::name)
        .contains("Cara Model");
  }

  @Property
  void theIndexedPoolPicksWhatAScanOfEveryNameWouldPick(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 99) Integer> people,
      @ForAll @IntRange(min = 0, max = 29) int asked,
      @ForAll boolean otherRoles,
      @ForAll long seed) {
    List<Fact> pool = new ArrayList<>();
    for (int p : people) {
      String name = (GIVEN[p % 5] + " " + FAMILY[p / 5 % 5]).trim();
      pool.add(person(p / 25 % 2 == 0 ? "a.txt" : "b.txt", name, ROLES[p / 50 % 4]));
    }
    PersonFact f = (PersonFact) pool.get(asked % pool.size());

    List<PersonDistractors.Name> wrong =
        new PersonDistractors(pool).candidates(f, new SplittableRandom(seed), otherRoles);

    assertThat(wrong)
        .extracting(PersonDistractors.Name::name)
        .containsExactlyElementsOf(scan(f, pool, new SplittableRandom(seed), otherRoles));
  }

  /** The candidates as the generator first found them: every name of the pool checked in turn. */
  private static List<String> scan(
      PersonFact f, List<Fact> pool, SplittableRandom rng, boolean otherRoles) {
    Set<String> answerWords = new HashSet<>(Words.of(f.value().name()));
    String doc = f.evidence().document();
    String role = Words.norm(f.value().role());
    Set<String> sameRole = new HashSet<>();
    Set<String> sameRoleWords = new HashSet<>();
    for (Fact o : pool) {
      PersonFact p = (PersonFact) o;
      if (p.evidence().document().equals(doc) && Words.norm(p.value().role()).equals(role)) {
        sameRole.add(p.value().name());
        Words.of(p.value().name()).stream().filter(w -> w.length() > 3).forEach(sameRoleWords::add);
      }
    }
    List<String> sameDoc = new ArrayList<>();
    List<String> othersOfRank = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String rank = role.substring(role.lastIndexOf(' ') + 1);
    for (Fact o : pool) {
      PersonFact p = (PersonFact) o;
      if (names.add(p.value().name())) {
        List<String> w = Words.of(p.value().name());
        boolean same = p.evidence().document().equals(doc);
        if (w.stream().anyMatch(answerWords::contains)
            || w.size() == 1 && answerWords.size() > 1
            || otherRoles && same && sameRole.contains(p.value().name())
            || otherRoles && w.stream().anyMatch(sameRoleWords::contains)) {
          continue;
        }
        String own = Words.norm(p.value().role());
        boolean ofRank = !rank.isEmpty() && own.substring(own.lastIndexOf(' ') + 1).equals(rank);
        (same ? sameDoc : ofRank ? othersOfRank : others).add(p.value().name());
      }
    }
    Distractors.shuffle(sameDoc, rng);
    Distractors.shuffle(othersOfRank, rng);
    Distractors.shuffle(others, rng);
    sameDoc.addAll(othersOfRank);
    sameDoc.addAll(others);
    return sameDoc;
  }

  /** A commander named in an infobox line of a.txt. */
  private static PersonFact line(String text, String name) {
    return Facts.person("a.txt", text, name, "commander");
  }

  private static PersonFact person(String doc, String name, String role) {
    PersonFact p = Facts.person(doc, name + " led.", name);
    return new PersonFact(role, name, new AnswerValue.Person(name, role), p.evidence());
  }
}
