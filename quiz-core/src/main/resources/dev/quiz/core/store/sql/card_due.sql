-- Learning and review cards of all decks due by now (?1), most overdue first.
-- queue 1 = learning or review (CardRows.QUEUE_SCHEDULED); one range of index_cards_queue_due.
SELECT * FROM `cards`
WHERE `queue` = 1 AND `due` <= ?
ORDER BY `due`, `id`
LIMIT ?
