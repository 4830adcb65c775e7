-- Reviews of one deck's cards with from <= reviewed_at < to, oldest first.
SELECT r.* FROM `reviews` r JOIN `cards` c ON c.`id` = r.`card_id`
WHERE c.`deck_id` = ? AND r.`reviewed_at` >= ? AND r.`reviewed_at` < ?
ORDER BY r.`reviewed_at`, r.`id`
