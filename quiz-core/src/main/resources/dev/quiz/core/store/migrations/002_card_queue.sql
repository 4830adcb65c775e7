-- Schema version 2: cards get a `queue` (-1 suspended, 0 new, 1 learning or review), so the next
-- due or new card is one index range of (deck_id, queue, due), or of (queue, due) across decks.
-- Released: never edit; add 003_*.sql instead.
ALTER TABLE `cards` ADD COLUMN `queue` INTEGER NOT NULL DEFAULT 0;
UPDATE `cards` SET `queue` = CASE WHEN `suspended` <> 0 THEN -1 WHEN `type` = 0 THEN 0 ELSE 1 END;
DROP INDEX IF EXISTS `index_cards_deck_id_suspended_due`;
CREATE INDEX IF NOT EXISTS `index_cards_deck_id_queue_due` ON `cards` (`deck_id`, `queue`, `due`);
CREATE INDEX IF NOT EXISTS `index_cards_queue_due` ON `cards` (`queue`, `due`);
