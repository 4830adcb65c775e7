SELECT * FROM `cards` WHERE `note_id` = ? ORDER BY `id`
