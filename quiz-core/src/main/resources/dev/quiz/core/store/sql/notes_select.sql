SELECT * FROM `notes`
