"""Every client id stored as 16 bytes (migration 0043; issue 19, disk per person).

``client.id`` and every column that holds a person's id are ``StoredId`` columns; the migration
goes down to text and up with every table unchanged once decoded; a plain database file holds no
person's id as UUID text; and each raw-SQL path that binds, reads or compares a person's id gives
the ORM's answer (a forgotten conversion gives a wrong answer, not an error: text ≠ blob).
"""

from __future__ import annotations

# the columns migration 0043 converts (name_key is not team data: kept by triggers and sync apply)
CLIENT_COLUMNS = {("client", "id"), ("appointment", "client_id"), ("assessment", "client_id"),
                  ("benefit_record", "client_id"), ("case_phase", "client_id"), ("case_plan", "client_id"),
                  ("conference_client", "client_id"), ("consent", "client_id"), ("counselling_contact", "client_id"),
                  ("finding_case", "client_id"), ("first_contact", "client_id"), ("household_member", "client_id"),
                  ("household_member", "member_client_id"), ("need", "client_id"), ("residence_record", "client_id"),
                  ("school_entry", "client_id"), ("task", "client_id"), ("action_item", "client_id"),
                  ("plan_goal", "client_id"), ("plan_measure", "client_id")}
ALL_COLUMNS = CLIENT_COLUMNS | {("name_key", "client_id")}
