-- Issue 8: the language each user chose with the language switch (en, fr, es or ar); empty until they choose one,
-- when the pages follow the browser's language.
ALTER TABLE user_account ADD COLUMN language VARCHAR(5);
