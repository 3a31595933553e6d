-- Where to tell a user that a notification is waiting (optional; used only when a mail server is configured).
ALTER TABLE app_user ADD COLUMN email text;
