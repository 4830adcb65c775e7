SELECT * FROM `cards` WHERE `deck_id` = ? ORDER BY `id`
