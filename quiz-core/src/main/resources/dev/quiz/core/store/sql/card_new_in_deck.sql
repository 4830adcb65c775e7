-- New cards of one deck, oldest first (a new card is due when it was created).
-- queue 0 = new (CardRows.QUEUE_NEW).
SELECT * FROM `cards`
WHERE `deck_id` = ? AND `queue` = 0
ORDER BY `due`, `id`
LIMIT ?
