SELECT * FROM `cards` WHERE `id` = ?
