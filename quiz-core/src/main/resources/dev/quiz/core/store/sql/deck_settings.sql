SELECT `settings` FROM `decks` WHERE `id` = ?
