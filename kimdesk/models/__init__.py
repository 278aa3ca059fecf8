"""The domain model: SQLAlchemy 2.0 typed declarative classes, no Qt."""

from kimdesk.models.agency import Agency
from kimdesk.models.appointment import Appointment
from kimdesk.models.assessment import Assessment, BenefitRecord, ResidenceRecord
from kimdesk.models.base import Base, Synced, new_id, synced_classes, synced_columns
from kimdesk.models.client import Client, HouseholdMember
from kimdesk.models.conference import (
    ActionItem,
    Addendum,
    AgendaItem,
    Conference,
    ConferenceClient,
    Decision,
    Participant,
)
from kimdesk.models.consent import Consent
from kimdesk.models.contact import CounsellingContact
from kimdesk.models.cycle import CasePhase, FirstContact
from kimdesk.models.findings import FindingCase, StructuralFinding
from kimdesk.models.journal import AuditEntry, Change, JournalName, NameKey, Setting
from kimdesk.models.need import Need, Responsibility, ResponsibilityEvent
from kimdesk.models.plan import CasePlan, PlanGoal, PlanMeasure
from kimdesk.models.report_text import ReportText
from kimdesk.models.school import SchoolEntry, SchoolPlace
from kimdesk.models.statistics import AnonymousCount
from kimdesk.models.sync_state import (
    ConflictResolution,
    Erasure,
    ErasedRow,
    Knowledge,
    OutgoingSegment,
    SyncConflict,
    SyncCursor,
)
from kimdesk.models.task import Task
from kimdesk.models.team_setting import TeamSetting
from kimdesk.models import list_indexes  # noqa: E402,F401  (indexes of the desktop's lists)

__all__ = [
    "ActionItem", "Addendum", "Agency", "AgendaItem", "AuditEntry", "Base", "Change", "Client",
    "JournalName",
    "Conference", "ConferenceClient", "ConflictResolution", "Erasure", "ErasedRow", "Knowledge",
    "Appointment", "OutgoingSegment", "SyncConflict", "SyncCursor", "Consent", "CounsellingContact", "Decision", "HouseholdMember", "NameKey",
    "Need", "Participant", "Responsibility", "ResponsibilityEvent", "Setting", "Synced", "Task",
    "new_id", "synced_classes", "synced_columns",
    # case cycle (issue 9)
    "AnonymousCount", "Assessment", "BenefitRecord", "CasePhase", "CasePlan", "FindingCase", "FirstContact",
    "PlanGoal", "PlanMeasure", "ResidenceRecord", "SchoolEntry", "StructuralFinding",
    # reports (issue 17)
    "ReportText", "SchoolPlace",
    # team-wide settings (issue 16)
    "TeamSetting",
]
