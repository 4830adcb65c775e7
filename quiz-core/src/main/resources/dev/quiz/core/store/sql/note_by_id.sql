SELECT * FROM `notes` WHERE `id` = ?
