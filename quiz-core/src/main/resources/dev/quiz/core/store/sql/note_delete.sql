DELETE FROM `notes` WHERE `id` = ?
