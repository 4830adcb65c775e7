SELECT * FROM `documents` WHERE `name` = ?
