SELECT * FROM `cards` ORDER BY `id`
