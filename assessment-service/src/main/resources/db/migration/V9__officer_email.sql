-- An officer's work address (optional): where notification-service tells them of a case assigned to them. Without
-- one, the team's mailbox is told.
alter table officer_account add column email varchar(254);
