package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  @Test
  void everyKindOfSiteFurnitureIsStillRecognizedWithTheWordPrefilter() {
    List<String> furniture =
        List.of(
            "Join the discussion",
            "JOIN OUR CONVERSATION",
            "commenting forum",
            "Comments (12)",
            "thought-provoking conversations",
            "Follow other Guardian readers",
            "Skip to main content",
            "We use Cookies",
            "Privacy Policy",
            "Terms of Use",
            "All Rights Reserved",
            "© 2024 Times",
            "Copyright 2001",
            "Sign up now",
            "Subscribe",
            "Newsletter",
            "Related Articles:",
            "Read more",
            "More from the author",
            "Share this",
            "Email this",
            "E-mail this",
            "Print this",
            "Click here",
            "Advertisement",
            "Advert text",
            "Powered by automated translation",
            "3 issues/min",
            "free issues",
            "save up to 50%",
            "prepaid",
            "Yellow Pages",
            "City Pages",
            "Earlier editions",
            "Search the internet",
            "Links:",
            "Quick facts for kids",
            "Kids encyclopedia",
            "Your support",
            "Donate",
            "paywall",
            "Listen to this article",
            "Watch the video",
            "Most Read",
            "Menu",
            "HOME",
            "Search",
            "Log in",
            "login",
            "Sign in",
            "close",
            "Best printed on A4",
            "See the article in its original context from October 5, 1993, Section A, Page 1",
            "A version of this article appears in print on Oct. 5, 1993, Section A, Page 1",
            "The Page Magazine",
            "***",
            " — ",
            "BATTLES > RUSSO-JAPANESE WAR",
            "History › Wars › Crimea",
            "Filed under: Naval history | 14 min read",
            "5-minute read",
            "Posted by u/mud_and_wire · 8 yr. ago",
            "u/Lochnagar · 8 yr. ago · Verified flair: British Army",
            "2.4k points",
            "410 points",
            "1.9k upvotes · 214 comments · Share · Save",
            "level 2",
            "Sort by: best");
    assertThat(furniture).allMatch(Boilerplate::isBoilerplate);
  }

  @Test
  void ordinaryProseIsNotFurniture() {
    assertThat(Boilerplate.isBoilerplate("The city fell on 12 November 2001 after a siege."))
        .isFalse();
    assertThat(Boilerplate.isBoilerplate("Mazar-i-Sharif")).isFalse();
    assertThat(Boilerplate.isBoilerplate("52 votes to 48 carried the motion.")).isFalse();
    assertThat(Boilerplate.isBoilerplate("The level 2 bunkers held.")).isFalse();
    assertThat(Boilerplate.isBoilerplate("He read for 14 minutes.")).isFalse();
    assertThat(Boilerplate.isBoilerplate("Losses were 5 > 3, he wrote.")).isFalse();
  }
}
