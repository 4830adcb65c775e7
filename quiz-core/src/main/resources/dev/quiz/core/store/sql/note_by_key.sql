SELECT * FROM `notes` WHERE `key` = ?
