-- The newest review of a card, the one undo removes.
SELECT * FROM `reviews` WHERE `card_id` = ? ORDER BY `reviewed_at` DESC, `id` DESC LIMIT 1
