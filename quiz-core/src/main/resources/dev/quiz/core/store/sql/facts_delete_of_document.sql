DELETE FROM `facts` WHERE `document_id` = ?
