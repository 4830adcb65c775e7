-- New cards of all decks, oldest first. queue 0 = new (CardRows.QUEUE_NEW).
SELECT * FROM `cards`
WHERE `queue` = 0
ORDER BY `due`, `id`
LIMIT ?
