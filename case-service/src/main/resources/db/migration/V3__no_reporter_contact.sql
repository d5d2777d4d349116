-- The reporter's identity stays encrypted in intake-service; cases refer to the report by id.
alter table incident_case drop column reporter_username, drop column reporter_email, drop column reporter_language;
