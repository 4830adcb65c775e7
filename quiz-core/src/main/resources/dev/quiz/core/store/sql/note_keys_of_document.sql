SELECT `id`, `key` FROM `notes` WHERE `document_id` = ?
