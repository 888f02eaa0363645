"""Enumerations of the domain, with their Danish labels."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members know their Danish label."""

    @property
    def label(self) -> str:
        return _LABELS.get((type(self), self.value), self.value)

    @classmethod
    def parse(cls, value: str):
        """Accept the code or the Danish label (case-insensitive)."""
        wanted = value.strip().casefold()
        for member in cls:
            if member.value.casefold() == wanted or member.label.casefold() == wanted:
                return member
        raise ValueError(value)


class UserRole(LabelledEnum):
    CHILDMINDER = "childminder"
    CONSULTANT = "consultant"
    OFFICE = "office"


class ProfessionalRole(LabelledEnum):
    MINI_CHILDMINDER = "mini_childminder"
    CHILDMINDER = "childminder"
    MINI_CONSULTANT = "mini_consultant"
    DAYCARE_CONSULTANT = "daycare_consultant"
    HEALTH_VISITOR = "health_visitor"
    SMALL_CHILD_CONSULTANT = "small_child_consultant"
    SOCIAL_WORKER = "social_worker"
    PPR_PSYCHOLOGIST = "ppr_psychologist"
    PHYSIOTHERAPIST = "physiotherapist"
    SPEECH_HEARING_CONSULTANT = "speech_hearing_consultant"
    HOME_PEDAGOGUE = "home_pedagogue"
    PEDAGOGUE = "pedagogue"
    MANAGER = "manager"
    OFFICE_WORKER = "office_worker"


class HomeKind(LabelledEnum):
    MINI = "mini"
    ORDINARY = "ordinary"


class ChildStatus(LabelledEnum):
    REFERRED = "referred"
    ACTIVE = "active"
    HANDED_OVER = "handed_over"
    ARCHIVED = "archived"


class WellbeingPosition(LabelledEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NONE = "none"


class AssessmentKind(LabelledEnum):
    INDIVIDUAL = "individual"
    JOINT = "joint"


class SharingLevel(LabelledEnum):
    INTERNAL = "internal"
    PARENTS = "parents"
    PARTNERS = "partners"


class ReferrerType(LabelledEnum):
    HEALTH_VISITOR = "health_visitor"
    SMALL_CHILD_CONSULTANT = "small_child_consultant"
    SOCIAL_WORKER = "social_worker"
    DAYCARE_CONSULTANT = "daycare_consultant"
    COMMITTEE = "committee"


class ReferralStatus(LabelledEnum):
    RECEIVED = "received"
    IN_VISITATION = "in_visitation"
    GRANTED = "granted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class GoalStatus(LabelledEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PARTLY = "partly"
    ADJUSTED = "adjusted"
    DROPPED = "dropped"


class PlanStatus(LabelledEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


class MeetingKind(LabelledEnum):
    STATUS = "status"
    START = "start"
    HANDOVER = "handover"
    NETWORK = "network"
    CAFE = "cafe"
    GUIDANCE = "guidance"


class MeetingStatus(LabelledEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(LabelledEnum):
    INVITED = "invited"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class SignatureMethod(LabelledEnum):
    """How a person signed an action plan version."""
    PAPER = "paper"
    APP = "app"


class VisitKind(LabelledEnum):
    SUPERVISION = "supervision"
    HOME = "home"


class AbsenceReason(LabelledEnum):
    ILLNESS = "illness"
    HOLIDAY = "holiday"
    COURSE = "course"
    TIME_OFF = "time-off"


class CourseKind(LabelledEnum):
    HOME_PEDAGOGUE = "home_pedagogue"
    GUIDANCE = "guidance"
    CAFE = "cafe"


class SessionMode(LabelledEnum):
    VIDEO = "video"
    PHONE = "phone"
    PHYSICAL = "physical"


class ConsentPurpose(LabelledEnum):
    HANDOVER = "handover"
    SHARING = "sharing"
    PHOTOS = "photos"


class ConsentForm(LabelledEnum):
    WRITTEN = "written"
    ORAL = "oral"


class AuditAction(LabelledEnum):
    VIEW = "view"
    SEARCH = "search"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    LOGIN = "login"
    FAILED_LOGIN = "failed_login"
    LOGOUT = "logout"
    BACKUP = "backup"
    RESTORE = "restore"


# Pairs, not a dict of members: StrEnum members hash and compare like their code, and
# codes repeat across enums ("active", "childminder", "handover"), so a dict keyed by
# members would let one enum's label overwrite another's.
_LABEL_PAIRS: tuple[tuple[LabelledEnum, str], ...] = (
    (UserRole.CHILDMINDER, "Mini-dagplejer"),
    (UserRole.CONSULTANT, "Mini-dagplejekonsulent"),
    (UserRole.OFFICE, "Dagplejekontor"),
    (ProfessionalRole.MINI_CHILDMINDER, "Mini-dagplejer"),
    (ProfessionalRole.CHILDMINDER, "Dagplejer"),
    (ProfessionalRole.MINI_CONSULTANT, "Mini-dagplejekonsulent"),
    (ProfessionalRole.DAYCARE_CONSULTANT, "Dagplejekonsulent"),
    (ProfessionalRole.HEALTH_VISITOR, "Sundhedsplejerske"),
    (ProfessionalRole.SMALL_CHILD_CONSULTANT, "Småbørnskonsulent"),
    (ProfessionalRole.SOCIAL_WORKER, "Socialrådgiver"),
    (ProfessionalRole.PPR_PSYCHOLOGIST, "PPR-psykolog"),
    (ProfessionalRole.PHYSIOTHERAPIST, "Fysioterapeut"),
    (ProfessionalRole.SPEECH_HEARING_CONSULTANT, "Talehørekonsulent"),
    (ProfessionalRole.HOME_PEDAGOGUE, "Hjemmepædagog"),
    (ProfessionalRole.PEDAGOGUE, "Pædagog"),
    (ProfessionalRole.MANAGER, "Leder"),
    (ProfessionalRole.OFFICE_WORKER, "Administrativ medarbejder"),
    (HomeKind.MINI, "Mini-dagplejehjem"),
    (HomeKind.ORDINARY, "Almindeligt dagplejehjem"),
    (ChildStatus.REFERRED, "Indstillet"),
    (ChildStatus.ACTIVE, "Indskrevet"),
    (ChildStatus.HANDED_OVER, "Overleveret"),
    (ChildStatus.ARCHIVED, "Arkiveret"),
    (WellbeingPosition.GREEN, "Grøn"),
    (WellbeingPosition.YELLOW, "Gul"),
    (WellbeingPosition.RED, "Rød"),
    (WellbeingPosition.NONE, "Ingen"),
    (AssessmentKind.INDIVIDUAL, "Individuel vurdering"),
    (AssessmentKind.JOINT, "Fælles vurdering"),
    (SharingLevel.INTERNAL, "Kun internt"),
    (SharingLevel.PARENTS, "Forældre"),
    (SharingLevel.PARTNERS, "Samarbejdsparter (med samtykke)"),
    (ReferrerType.HEALTH_VISITOR, "Sundhedsplejen"),
    (ReferrerType.SMALL_CHILD_CONSULTANT, "Småbørnskonsulent"),
    (ReferrerType.SOCIAL_WORKER, "Socialrådgiver/sagsbehandler"),
    (ReferrerType.DAYCARE_CONSULTANT, "Dagplejekonsulent"),
    (ReferrerType.COMMITTEE, "Visitationsudvalget"),
    (ReferralStatus.RECEIVED, "Modtaget"),
    (ReferralStatus.IN_VISITATION, "Til visitation"),
    (ReferralStatus.GRANTED, "Bevilget"),
    (ReferralStatus.REJECTED, "Afslået"),
    (ReferralStatus.WITHDRAWN, "Trukket tilbage"),
    (GoalStatus.ACTIVE, "Aktivt"),
    (GoalStatus.ACHIEVED, "Opnået"),
    (GoalStatus.PARTLY, "Delvist opnået"),
    (GoalStatus.ADJUSTED, "Justeret"),
    (GoalStatus.DROPPED, "Opgivet"),
    (PlanStatus.DRAFT, "Kladde"),
    (PlanStatus.APPROVED, "Godkendt"),
    (PlanStatus.SUPERSEDED, "Erstattet"),
    (MeetingKind.STATUS, "Statusmøde"),
    (MeetingKind.START, "Opstartsmøde"),
    (MeetingKind.HANDOVER, "Overleveringsmøde"),
    (MeetingKind.NETWORK, "Netværksmøde"),
    (MeetingKind.CAFE, "Småbørnscafé"),
    (MeetingKind.GUIDANCE, "Vejledningssession"),
    (MeetingStatus.PLANNED, "Planlagt"),
    (MeetingStatus.HELD, "Afholdt"),
    (MeetingStatus.CANCELLED, "Aflyst"),
    (Attendance.INVITED, "Inviteret"),
    (Attendance.PRESENT, "Til stede"),
    (Attendance.APOLOGIES, "Afbud"),
    (Attendance.ABSENT, "Udeblevet"),
    (SignatureMethod.PAPER, "Underskrevet på papir"),
    (SignatureMethod.APP, "Godkendt i programmet"),
    (VisitKind.SUPERVISION, "Tilsyn"),
    (VisitKind.HOME, "Hjemmebesøg"),
    (AbsenceReason.ILLNESS, "Sygdom"),
    (AbsenceReason.HOLIDAY, "Ferie"),
    (AbsenceReason.COURSE, "Kursus"),
    (AbsenceReason.TIME_OFF, "Afspadsering/fri"),
    (CourseKind.HOME_PEDAGOGUE, "Hjemmepædagogisk forløb"),
    (CourseKind.GUIDANCE, "Minivejledningsforløb"),
    (CourseKind.CAFE, "Småbørnscafé"),
    (SessionMode.VIDEO, "Video"),
    (SessionMode.PHONE, "Telefon"),
    (SessionMode.PHYSICAL, "Fysisk møde"),
    (ConsentPurpose.HANDOVER, "Overlevering"),
    (ConsentPurpose.SHARING, "Deling med samarbejdsparter"),
    (ConsentPurpose.PHOTOS, "Billeder"),
    (ConsentForm.WRITTEN, "Skriftligt"),
    (ConsentForm.ORAL, "Mundtligt"),
    (AuditAction.VIEW, "Visning"),
    (AuditAction.SEARCH, "Søgning"),
    (AuditAction.CREATE, "Oprettelse"),
    (AuditAction.UPDATE, "Ændring"),
    (AuditAction.DELETE, "Sletning"),
    (AuditAction.PRINT, "Udskrift"),
    (AuditAction.EXPORT, "Eksport"),
    (AuditAction.IMPORT, "Import"),
    (AuditAction.LOGIN, "Login"),
    (AuditAction.FAILED_LOGIN, "Mislykket login"),
    (AuditAction.LOGOUT, "Log ud"),
    (AuditAction.BACKUP, "Sikkerhedskopi"),
    (AuditAction.RESTORE, "Gendannelse"),
)
_LABELS: dict[tuple[type, str], str] = {
    (type(member), member.value): label for member, label in _LABEL_PAIRS}
