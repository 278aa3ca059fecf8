"""The order synced rows are written in, parents first (import, export, snapshot replay).

Lives with the models so that both services (exchange import/export) and the sync layer
(materialising a snapshot) read one list without importing each other.
"""

from __future__ import annotations

from kimdesk.models import (
    ActionItem, Addendum, Agency, AgendaItem, Client, Conference, ConferenceClient, Consent, CounsellingContact,
    Decision, HouseholdMember, Need, Participant, Responsibility, ResponsibilityEvent, SchoolEntry, Task,
)
from kimdesk.models.appointment import Appointment

ORDER: list[type] = [
    Agency, Client, SchoolEntry, HouseholdMember, CounsellingContact, Need, Responsibility, ResponsibilityEvent,
    Consent, Conference, ConferenceClient, Participant, AgendaItem, Decision, ActionItem, Addendum, Task, Appointment,
]
