-- Reviews of all decks with from <= reviewed_at < to, oldest first.
SELECT * FROM `reviews` WHERE `reviewed_at` >= ? AND `reviewed_at` < ? ORDER BY `reviewed_at`, `id`
