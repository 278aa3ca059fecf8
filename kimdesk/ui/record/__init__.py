"""A person's record: personal data, household, needs and responsibilities, contacts, consents,
conferences and tasks, each a tab of ``ClientRecordView``."""
