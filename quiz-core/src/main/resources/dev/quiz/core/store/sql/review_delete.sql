DELETE FROM `reviews` WHERE `id` = ?
