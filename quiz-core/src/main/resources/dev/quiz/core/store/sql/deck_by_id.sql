SELECT * FROM `decks` WHERE `id` = ?
