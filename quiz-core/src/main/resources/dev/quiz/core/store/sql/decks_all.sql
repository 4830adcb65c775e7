SELECT * FROM `decks` ORDER BY `id`
