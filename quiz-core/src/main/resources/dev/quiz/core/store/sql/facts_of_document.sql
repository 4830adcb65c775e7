SELECT * FROM `facts` WHERE `document_id` = ? ORDER BY `id`
