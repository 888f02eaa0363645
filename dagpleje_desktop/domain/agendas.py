"""Default meeting agendas (dagsordener); the status meeting's follows municipal practice."""

from __future__ import annotations

from .enums import MeetingKind

# the agenda of a status meeting.
STATUS_AGENDA = (
    "Opfølgning på sidste aftaler",
    "Status fra forældre",
    "Status fra mini-dagplejer",
    "Status fra konsulent og samarbejdsparter",
    "Evaluering af mål",
    "Reviderede mål",
    "Bevilling, revisitation eller overgang",
    "Aftaler (hvem, hvad, hvornår)",
    "Næste møde",
)
DEFAULT_AGENDAS: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.STATUS: STATUS_AGENDA,
    MeetingKind.START: (
        "Velkommen og præsentation",
        "Forældrenes fortælling om barnet",
        "Barnets behov og hvad der virker",
        "Hverdagen i mini-dagplejen",
        "Mål for den første periode",
        "Samarbejde og kontakt",
        "Aftaler (hvem, hvad, hvornår)",
        "Næste møde",
    ),
    MeetingKind.HANDOVER: (
        "Barnets trivsel og udvikling",
        "Det der virker for barnet",
        "Overgangen: aftaler med den nye institution",
        "Samtykke til overlevering",
        "Aftaler (hvem, hvad, hvornår)",
    ),
    MeetingKind.NETWORK: (
        "Status fra deltagerne",
        "Drøftelse",
        "Aftaler (hvem, hvad, hvornår)",
        "Næste møde",
    ),
}
GENERIC_AGENDA = ("Status", "Drøftelse", "Aftaler (hvem, hvad, hvornår)")
KINDS_ABOUT_A_CHILD = (MeetingKind.STATUS, MeetingKind.START, MeetingKind.HANDOVER)


def default_agenda(kind: MeetingKind) -> tuple[str, ...]:
    return DEFAULT_AGENDAS.get(kind, GENERIC_AGENDA)
