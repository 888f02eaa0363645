"""The fictional people of the demo data set: organisation, professionals, homes, children.

Everything here is invented. Ages and dates are given relative to "today" so the demo
always looks current; CPR numbers are built from the birth date when the data is made.
E-mail addresses use the placeholder domain eksempel.dk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from ..domain.danish import possessive
from ..domain.enums import HomeKind, ProfessionalRole
from ..services.context import LOCAL_TZ

ORGANISATION = {
    "name": "Dagplejen Kolding",
    "unit": "Mini-dagplejen",
    "address": "Dagplejekontoret, Dyrehavevej 108A",
    "postal_code": "6000",
    "city": "Kolding",
    "phone": "76 00 12 34",
    "email": "mini-dagplejen@kolding.eksempel.dk",
    "website": "www.kolding.eksempel.dk/mini-dagplejen",
}


@dataclass(frozen=True)
class PersonSpec:
    key: str
    name: str
    role: ProfessionalRole
    phone: str = ""
    email: str = ""
    workplace: str = ""


# The first consultant is the demo user herself (created with the installation).
CONSULTANTS = (
    PersonSpec("karen", "Karen Ølgaard", ProfessionalRole.MINI_CONSULTANT, "21 40 17 01",
               "karen.olgaard@kolding.eksempel.dk", "Mini-dagplejen, Dagplejekontoret"),
    PersonSpec("signe", "Signe Vinther Haugaard", ProfessionalRole.MINI_CONSULTANT,
               "21 40 17 02", "signe.haugaard@kolding.eksempel.dk",
               "Mini-dagplejen, Dagplejekontoret"),
)
OFFICE_PERSON = PersonSpec("helle", "Helle Dahl Mortensen", ProfessionalRole.OFFICE_WORKER,
                           "76 00 12 30", "pladsanvisningen@kolding.eksempel.dk",
                           "Dagplejekontoret, Pladsanvisningen")
PARTNERS = (
    PersonSpec("health_visitor", "Dorthe Bæk Madsen", ProfessionalRole.HEALTH_VISITOR,
               "29 11 42 60", "dorthe.baek@kolding.eksempel.dk", "Sundhedsplejen Kolding"),
    PersonSpec("ppr", "Rasmus Kløve", ProfessionalRole.PPR_PSYCHOLOGIST, "29 11 43 15",
               "rasmus.klove@kolding.eksempel.dk", "PPR, Børne- og Familieafdelingen"),
    PersonSpec("physio", "Camilla Friis", ProfessionalRole.PHYSIOTHERAPIST, "29 11 44 08",
               "camilla.friis@kolding.eksempel.dk", "Børneterapien, Kolding"),
    PersonSpec("speech", "Lærke Hjorth", ProfessionalRole.SPEECH_HEARING_CONSULTANT,
               "29 11 45 22", "laerke.hjorth@kolding.eksempel.dk", "Tale-Høre-Centret, PPR"),
    PersonSpec("social", "Ahmad Rahimi", ProfessionalRole.SOCIAL_WORKER, "29 11 46 71",
               "ahmad.rahimi@kolding.eksempel.dk", "Familierådgivningen"),
    PersonSpec("home_pedagogue", "Pernille Strøm", ProfessionalRole.HOME_PEDAGOGUE,
               "29 11 47 03", "pernille.strom@kolding.eksempel.dk",
               "Dagplejen Kolding, Distrikt Syd"),
)


@dataclass(frozen=True)
class HomeSpec:
    key: str
    childminder: PersonSpec
    name: str
    kind: HomeKind
    places: int
    address: str
    postal_code: str
    city: str
    adaptations: str
    consultant: str = "karen"        # who supervises the home
    last_visit_days_ago: int = 10    # the most recent supervision visit


def _minder(key: str, name: str, phone: str, email: str, role=ProfessionalRole.MINI_CHILDMINDER):
    return PersonSpec(key, name, role, phone, email, "Dagplejen Kolding")


HOMES = (
    HomeSpec("mette", _minder("mette", "Mette Lund Kristensen", "22 31 80 14",
                              "mette.lund@eksempel.dk"),
             "Mette Lund – Vonsild", HomeKind.MINI, 5, "Rugmarken 14", "6000", "Kolding",
             "Lav smitterisiko, ingen kæledyr, røgfrit hjem. Anfaldsmedicin i rød taske i "
             "køkkenet. Skærmet sovepladser i eget rum.", "karen", 6),
    HomeSpec("birgitte", _minder("birgitte", "Birgitte Ærbo Thomsen", "22 31 80 27",
                                 "birgitte.aerbo@eksempel.dk"),
             "Birgitte Ærbo – Bramdrup", HomeKind.MINI, 4, "Lærkevej 3", "6000", "Kolding",
             "Stueplan, plads til ståstativ og rollator. Rampe ved hoveddøren og "
             "skridsikre gulve. Sækkestol og hvilekrog i stuen.", "karen", 13),
    HomeSpec("susanne", _minder("susanne", "Susanne Højgaard Nielsen", "22 31 80 39",
                                "susanne.hojgaard@eksempel.dk"),
             "Susanne Højgaard – Seest", HomeKind.MINI, 5, "Skovparken 22", "6000", "Kolding",
             "Skærmet legerum med få indtryk og lyddæmpning. Dagsskema med billeder på "
             "køleskabet. Mælkefrit køkken.", "signe", 20),
    HomeSpec("jytte", _minder("jytte", "Jytte Bøgh Jørgensen", "22 31 80 46",
                              "jytte.bogh@eksempel.dk"),
             "Jytte Bøgh – Lunderskov", HomeKind.MINI, 4, "Stationsvej 9", "6640", "Lunderskov",
             "Nødde- og æggefrit køkken; EpiPen i køkkenskabet og i pusletasken. Ingen "
             "kæledyr. Lav smitterisiko.", "signe", 43),
    HomeSpec("annemette", _minder("annemette", "Anne-Mette Vestergaard", "22 31 81 02",
                                  "annemette.v@eksempel.dk", ProfessionalRole.CHILDMINDER),
             "Anne-Mette Vestergaard – Kolding Ø", HomeKind.ORDINARY, 5, "Ålevej 5", "6000",
             "Kolding", "Gæstepleje for mini-børn efter aftale.", "karen", 0),
    HomeSpec("zeynep", _minder("zeynep", "Zeynep Özdemir", "22 31 81 19",
                               "zeynep.ozdemir@eksempel.dk", ProfessionalRole.CHILDMINDER),
             "Zeynep Özdemir – Dalby", HomeKind.ORDINARY, 5, "Dalbygade 41", "6000", "Kolding",
             "Gæstepleje for mini-børn efter aftale. Stor have med hegn.", "signe", 0),
)


@dataclass(frozen=True)
class GuardianSpec:
    name: str
    relation: str
    has_custody: bool
    phone: str
    email: str
    address: str
    language: str = "Dansk"


@dataclass(frozen=True)
class GoalSpec:
    domain: str
    title: str
    signs: str
    measures: str
    who: str
    how_often: str
    where: str = "I mini-dagplejehjemmet og derhjemme"


@dataclass(frozen=True)
class ChildSpec:
    key: str
    first_name: str
    last_name: str
    female: bool
    age_months: int
    serial_tail: str            # last three digits of the CPR serial ("" for no CPR)
    home: str | None            # HomeSpec.key; None for the referred child
    places: int
    placed_months_ago: int
    special_needs: str
    diagnoses: str
    allergies: str
    medication: str
    routines: str
    what_works: str
    languages: str
    guardians: tuple[GuardianSpec, ...]
    partners: tuple[str, ...] = ()                      # PersonSpec keys on the case team
    goals: tuple[GoalSpec, ...] = ()                    # the first one is already achieved
    development: tuple[tuple[str, float], ...] = ()     # domain, level as a share of age
    background: str = ""
    resources: str = ""
    challenges: str = ""
    parent_agreements: str = ""
    focus: tuple[tuple[str, str, str], ...] = ()        # domain, situation, what happened
    referral_reason: str = ""
    next_meeting_in_days: int = 30
    extra: dict = field(default_factory=dict)


# -- what the people step hands to the record writers -----------------------------------

@dataclass(frozen=True)
class PersonRef:
    id: object  # uuid.UUID
    name: str
    role: ProfessionalRole


@dataclass(frozen=True)
class DemoHome:
    spec: HomeSpec
    id: object
    childminder: PersonRef


@dataclass(frozen=True)
class DemoGuardian:
    id: object
    spec: GuardianSpec


@dataclass(frozen=True)
class DemoChild:
    spec: ChildSpec
    id: object
    birth_date: object  # date
    home: DemoHome | None
    placement_start: object | None  # date
    guardians: tuple[DemoGuardian, ...]

    @property
    def name(self) -> str:
        return f"{self.spec.first_name} {self.spec.last_name}"

    def pronouns(self) -> dict[str, str]:
        he = "hun" if self.spec.female else "han"
        return {"n": self.spec.first_name, "ns": possessive(self.spec.first_name),
                "h": he, "H": he.capitalize(),
                "o": "hende" if self.spec.female else "ham"}


@dataclass(frozen=True)
class Cast:
    today: object  # date
    consultants: dict[str, PersonRef]
    partners: dict[str, PersonRef]
    homes: dict[str, DemoHome]
    children: tuple[DemoChild, ...]

    def consultant_for(self, child: DemoChild) -> PersonRef:
        key = child.home.spec.consultant if child.home else "karen"
        return self.consultants[key]


# -- placing the demo in time (relative to today, on working days) ------------------------

def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time on ``day``, as an aware UTC datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=LOCAL_TZ).astimezone(timezone.utc)


def workday_before(day: date) -> date:
    """``day`` itself on Monday-Friday, else the Friday before."""
    return day - timedelta(days=max(day.weekday() - 4, 0))


def workday_after(day: date) -> date:
    """``day`` itself on Monday-Friday, else the Monday after."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() > 4 else 0)


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
