package dev.quiz.bank.eval;

import dev.quiz.bank.pipeline.BankOptions;
import dev.quiz.bank.pipeline.QuestionBank;
import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.DocumentReader;
import dev.quiz.core.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions of the documents written for this project (resources {@code dev/quiz/bank/fresh},
 * see the README beside them), generated together once per test run and shared by the test classes
 * that read them.
 */
final class FreshQuestions {
  static final List<String> NAMES =
      List.of(
          "adwa_1896_wiki.txt",
          "afghanistan_cost_2021.txt",
          "agincourt_2015_speech.txt",
          "aleppo_2016_news.txt",
          "armistice_1918_paper.txt",
          "arnhem_1944_war_diary.txt",
          "ayacucho_1824_wiki.txt",
          "baghdad_2003_wire.txt",
          "baghdad_statue_2003_bbc.txt",
          "bakhmut_2023_news.txt",
          "balaclava_1854_history.txt",
          "blenheim_1704_wiki.txt",
          "boer_war_1899_wiki.txt",
          "borodino_1812_kidzsearch.txt",
          "bosworth_1485_worksheet.txt",
          "britain_1940_history_site.txt",
          "bulge_1945_up.txt",
          "cannae_216bc_wiki.txt",
          "ceasefire_2024_news.txt",
          "centenary_2018_local.txt",
          "chancellorsville_1863_textbook.txt",
          "crecy_1346_kiddle.txt",
          "dday_1944_notes.md",
          "dod_2004_release.txt",
          "drogheda_1649_letter.txt",
          "dunkirk_1940_web.html",
          "el_fasher_2024_ap.txt",
          "falklands_1982_briefing.txt",
          "fallujah_2004_wire.txt",
          "foch_biography.txt",
          "gallipoli_1915_ocr.txt",
          "gettysburg_1863_dispatch.txt",
          "gibraltar_sieges_list.txt",
          "goose_green_1982_markdown.md",
          "guernica_1937_wiki.txt",
          "gulf_1991_ap.txt",
          "harfleur_1415_wiki_refs.txt",
          "hastings_1066_wiki.txt",
          "herrick_2014_statistics.txt",
          "hue_1968_wiki.txt",
          "iraq_mortality_2006_abstract.txt",
          "isandlwana_1879_wiki.txt",
          "iwo_jima_1945.txt",
          "iwo_jima_veteran_obituary.txt",
          "jutland_1916_naval.txt",
          "kargil_1999_rediff.txt",
          "khartoum_2023_wire.txt",
          "korea_1950_timeline.txt",
          "kosovo_1999_reuters.txt",
          "kursk_1943_wiki_toc.txt",
          "kyiv_2022_bbc.txt",
          "leningrad.md",
          "lepanto_1571_kiwix.txt",
          "little_bighorn_1876_essay.txt",
          "liveblog_2022.txt",
          "marawi_2017_news.txt",
          "market_garden_1944_wiki.txt",
          "midway_1942_kiddle.txt",
          "midway_faq.txt",
          "mogadishu_1993_wire.txt",
          "mohacs_1526_forum.txt",
          "mosul_2014_aljazeera.txt",
          "mosul_2017_ap.txt",
          "museum_labels.txt",
          "nelson_biography.txt",
          "omaha_1944_orbat.txt",
          "onthisday_1940_bbc.txt",
          "osaka_1615_encyclopedia.txt",
          "plassey_1757_encyclopedia.txt",
          "poltava_1709_wiki.txt",
          "red_cliffs_208.txt",
          "revolution_textbook.txt",
          "saratoga_1777_studymode.txt",
          "sedan_1870.html",
          "six_day_war_1967_kiwix.txt",
          "somme_1916.txt",
          "somme_dates_forms.txt",
          "somme_timeline_table.html",
          "stalingrad_documentary_transcript.txt",
          "stalingrad_wiki_edit.txt",
          "tannenberg_1914_wikitext.txt",
          "tet_1968_ap.txt",
          "thermopylae_480bc_encyclopedia.txt",
          "tours_732_kiddle.txt",
          "tsushima_1905_paper.txt",
          "verdun_1916_wiki_tabs.txt",
          "versailles_1919.txt",
          "vienna_1683_wiki.txt",
          "waterloo_1815_kidz.txt",
          "wilderness_1864_paper.txt",
          "ww2_1939_timeline.md",
          "yarmouk_636_wiki.txt");

  private static List<Question> questions;

  private FreshQuestions() {}

  /** The questions of every fresh document, generated as one batch on first use. */
  static synchronized List<Question> all() throws IOException {
    if (questions == null) {
      DocumentReader reader = new DocumentReader();
      List<Document> docs = new ArrayList<>();
      for (String name : NAMES) {
        docs.add(reader.read(name, read(name)));
      }
      questions = QuestionBank.standard().generate(docs, BankOptions.DEFAULTS).questions();
    }
    return questions;
  }

  /** The questions of fresh document {@code doc} (see {@link #all}). */
  static List<Question> of(String doc) {
    try {
      return all().stream().filter(q -> q.source().document().equals(doc)).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The bytes of fresh document {@code name}. */
  static byte[] read(String name) throws IOException {
    try (InputStream in =
        FreshQuestions.class.getResourceAsStream("/dev/quiz/bank/fresh/" + name)) {
      return in.readAllBytes();
    }
  }
}
