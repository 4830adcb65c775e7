package dev.quiz.bank.text;

import java.util.List;
import java.util.Set;

/**
 * Words whose period does not end a sentence or a clause: titles ("Gen.", "Capt."), months
 * ("Sept."), and a few more ("No.", "vs.", "approx."). One list for the sentence splitter and for
 * question building. Stateless.
 */
public final class Abbreviations {
  /** The words, without their period, in the order the splitter's pattern tries them. */
  public static final List<String> WORDS =
      List.of(
          "Gen",
          "Lt",
          "Col",
          "Capt",
          "Cpt",
          "Maj",
          "Sgt",
          "Cpl",
          "Adm",
          "Brig",
          "Cmdr",
          // ranks as older papers abbreviate them: "Lieut. Gen. Pemberton"
          "Lieut",
          "Genl",
          "Sergt",
          "Comdr",
          "Commod",
          "Pvt",
          "Pte",
          // US enlisted ranks and other services' abbreviations: "Pfc. Jessica Lynch", "Spc.
          // Shoshana Johnson", "Cdr. Ellis"
          "Pfc",
          "Spc",
          "SSgt",
          "MSgt",
          "Cdr",
          "Supt",
          "Insp",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "St",
          "Gov",
          "Sen",
          "Rep",
          "Rev",
          "Jr",
          "Sr",
          "No",
          "Mt",
          "Ft",
          "Pres",
          "Prof",
          "Hon",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sept",
          "Sep",
          "Oct",
          "Nov",
          "Dec",
          "inst",
          "vs",
          "approx",
          "est",
          "ca",
          "c",
          "p",
          "pp",
          // an encyclopedia's: "BLENHEIM (Ger. Blindheim)", "about 10 m. W. of", "viz. the ground"
          "Ger",
          "Fr",
          "Lat",
          "Ital",
          "Span",
          "viz",
          "cf",
          "m",
          // capitals of datelines and headlines: "ST. PETERSBURG, May 30.—", "GEN. LEE"
          "ST",
          "MT",
          "FT",
          "GEN",
          "COL",
          "LT",
          "CAPT",
          "ADM");

  private static final Set<String> SET = Set.copyOf(WORDS);

  private Abbreviations() {}

  /** Titles and ranks before a name, whose period never ends a sentence ("Gen. Lee"). */
  private static final Set<String> TITLES =
      Set.of(
          "Gen", "Lt", "Col", "Capt", "Cpt", "Maj", "Sgt", "Cpl", "Adm", "Brig", "Cmdr", "Lieut",
          "Genl", "Sergt", "Comdr", "Commod", "Pvt", "Pte", "Pfc", "Spc", "SSgt", "MSgt", "Cdr",
          "Supt", "Insp", "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Rev", "Pres", "Prof",
          "Hon", "GEN", "COL", "LT", "CAPT", "ADM");

  private static final Set<String> MONTHS =
      Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

  /** Whether {@code word} (without its period) is one whose period ends nothing ("Gen"). */
  public static boolean contains(String word) {
    return SET.contains(word);
  }

  /** Whether {@code word} (without its period) is a title before a name ("Gen", "Mr"). */
  static boolean isTitle(String word) {
    return TITLES.contains(word);
  }

  /** Whether {@code word} (without its period) is a month's abbreviation ("Sept"). */
  static boolean isMonth(String word) {
    return MONTHS.contains(word);
  }
}
