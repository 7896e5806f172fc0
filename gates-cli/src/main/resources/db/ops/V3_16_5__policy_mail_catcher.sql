-- A policy may point its environment's sink server at a mail catcher (issue 16 point 5): mail_catcher is
-- IPAI_MAIL_CATCHER (host:port, e.g. mailpit:1025), mail_catcher_hosts is IPAI_MAIL_CATCHER_HOSTS (more hosts
-- accepted as catchers, comma separated). NULL keeps the run's own.
ALTER TABLE policies ADD COLUMN mail_catcher text;
ALTER TABLE policies ADD COLUMN mail_catcher_hosts text;
