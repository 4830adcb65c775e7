-- Learning and review cards of one deck due by now (?2), most overdue first.
-- queue 1 = learning or review (CardRows.QUEUE_SCHEDULED); one range of index_cards_deck_id_queue_due.
SELECT * FROM `cards`
WHERE `deck_id` = ? AND `queue` = 1 AND `due` <= ?
ORDER BY `due`, `id`
LIMIT ?
