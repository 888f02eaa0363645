"""All mapped classes; importing this module registers every table on ``Base.metadata``."""

from .accountability import AuditAnchor, AuditEvent, Setting, UserAccount
from .base import Base, Record
from .case import CaseTeamMember, Placement, Referral
from .consent import Consent, Disclosure, Handover
from .consultant import ActionPlanGoal, ActionPlanSignature, GoalRevision, MeetingAgendaItem
from .meetings import (Absence, Course, CourseSession, FollowUp, GuestCare, Meeting,
                       MeetingParticipant, Visit)
from .people import ChildGuardian, Child, ChildminderHome, Guardian, Organisation, Professional
from .record import (ActionPlan, Attachment, Correction, DevelopmentAssessment, Goal, Observation,
                     ObservationDomain, ObservationDraft, ObservationGoal, WellbeingAssessment)
from .transition import TransitionSectionText
from .sync import (ChangeOperation, Conflict, Device, FieldStamp, PeerState, PurgedRow,
                   SyncVector)

__all__ = [
    "Correction",
    "Absence", "ActionPlan", "Attachment", "AuditEvent", "Base", "CaseTeamMember",
    "ChangeOperation", "Child", "ChildGuardian", "ChildminderHome", "Conflict", "Consent",
    "Course", "CourseSession", "DevelopmentAssessment", "Device", "Disclosure", "FollowUp",
    "Goal", "GuestCare", "Guardian", "Handover", "Meeting", "MeetingParticipant",
    "Observation", "ObservationDomain", "ObservationDraft", "ObservationGoal", "Organisation", "PeerState",
    "Placement", "Professional", "Record", "Referral", "Setting", "UserAccount", "Visit",
    "WellbeingAssessment",
]
__all__ += ["ActionPlanGoal", "ActionPlanSignature", "GoalRevision", "MeetingAgendaItem"]
__all__ += ["FieldStamp", "PurgedRow", "SyncVector"]
__all__ += ["AuditAnchor"]
__all__ += ["TransitionSectionText"]
