UPDATE `decks` SET `settings` = ? WHERE `id` = ?
