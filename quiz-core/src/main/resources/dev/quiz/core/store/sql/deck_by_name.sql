SELECT * FROM `decks` WHERE `name` = ?
