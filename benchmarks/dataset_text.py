"""Danish text for the synthetic municipality, built from the demo data's phrase material.

Everything is drawn from one seeded ``random.Random`` so a scale always yields the same
data set. Speed matters here (a million observations), so templates are pre-split.
"""

from __future__ import annotations

import random
from datetime import date

from dagpleje_desktop.domain.domains import ALL_DOMAINS
from dagpleje_desktop.demo import phrases as phrases

GIRLS = ("Alma", "Ida", "Freja", "Ella", "Karla", "Agnes", "Olivia", "Asta", "Nora", "Luna",
         "Emma", "Sofie", "Clara", "Ellen", "Lærke", "Mille", "Signe", "Åse", "Liva", "Vigga")
BOYS = ("William", "Oscar", "Carl", "Noah", "Alfred", "Emil", "Aksel", "Valdemar", "Arthur",
        "Malthe", "Storm", "Bjørk", "Viggo", "Magnus", "Otto", "Elias", "Lucas", "Anton",
        "Søren", "Frederik")
LAST_NAMES = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
              "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen",
              "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
              "Østergaard", "Kjær", "Holm", "Dahl", "Bech", "Skov", "Lund", "Friis")
ADULTS = ("Birgitte", "Mette", "Hanne", "Lone", "Susanne", "Karin", "Pia", "Tina", "Anne",
          "Jette", "Rikke", "Dorte", "Camilla", "Louise", "Helle", "Bo", "Jens", "Morten",
          "Lars", "Peter")
STREETS = ("Skovvangen", "Bøgevej", "Kirkegade", "Engtoften", "Rosenvænget", "Møllevej",
           "Ahornvej", "Stationsvej", "Vestergade", "Åbrinken")
CITIES = (("6000", "Kolding"), ("7100", "Vejle"), ("6040", "Egtved"), ("6070", "Christiansfeld"),
          ("6091", "Bjert"), ("6093", "Sjølund"))
DOMAIN_CODES = tuple(d.code for d in ALL_DOMAINS)
ACT_DOMAINS = tuple(phrases.ACTS)
SITUATIONS_FOR = {code: tuple(title for title, _, suits in phrases.SITUATIONS if code in suits)
                  for code in ACT_DOMAINS}
POSITIONS = ("green",) * 5 + ("none",) * 8 + ("yellow",) * 2 + ("red",)
SHARING = ("internal",) * 6 + ("parents",) * 2 + ("partners",) * 2
GOAL_TEMPLATES = (
    ("gross_motor", "{n} kan gå 10 meter med rollator fra stuen ud til terrassen."),
    ("fine_motor", "{n} kan selv spise det meste af frokosten med ske."),
    ("language", "{n} bruger 20 ord eller tegn i hverdagen."),
    ("social", "{n} kan lege ved siden af et andet barn i fem minutter."),
    ("emotional", "{n} kan falde til ro efter afleveringen med hjælp fra bamsen."),
    ("self_care", "{n} kan selv tage skoene af og stille dem på plads."),
    ("communication", "{n} viser med tegn, når {h} er færdig eller vil have mere."),
)


def person(rng: random.Random, girl: bool | None = None) -> tuple[str, str, bool]:
    girl = rng.random() < 0.5 if girl is None else girl
    return rng.choice(GIRLS if girl else BOYS), rng.choice(LAST_NAMES), girl


def address(rng: random.Random) -> tuple[str, str, str]:
    postal, city = rng.choice(CITIES)
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}", postal, city


def fill(template: str, name: str, girl: bool) -> str:
    """The demo phrases' placeholders: {n} name, {h}/{H} han/hun, {o} ham/hende."""
    return template.format(n=name, h="hun" if girl else "han", H="Hun" if girl else "Han",
                           o="hende" if girl else "ham")


class ObservationWriter:
    """Situation, text, domains and position for one observation at a time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def write(self, name: str, girl: bool) -> tuple[str, str, tuple[str, ...], str]:
        rng = self.rng
        domain = rng.choice(ACT_DOMAINS)
        place, act = rng.choice(phrases.ACTS[domain])
        situation = place or rng.choice(SITUATIONS_FOR[domain] or (phrases.SITUATIONS[0][0],))
        position = rng.choice(POSITIONS)
        parts = [rng.choice(phrases.SITUATION_BY_TITLE.get(situation, ("",))), act]
        if position in ("yellow", "red"):
            parts.append(rng.choice(phrases.YELLOW_ACTS))
            parts.append(rng.choice(phrases.RED_REFLECTIONS if position == "red"
                                    else phrases.YELLOW_REFLECTIONS))
        else:
            if rng.random() < 0.5:
                other = rng.choice(ACT_DOMAINS)
                parts.append(rng.choice(phrases.ACTS[other])[1])
            parts.append(rng.choice(phrases.REFLECTIONS))
        text = " ".join(fill(p, name, girl) for p in parts if p)
        domains = (domain,) if rng.random() < 0.8 else ()
        if domains and rng.random() < 0.3:
            extra = rng.choice(DOMAIN_CODES)
            domains = (domain, extra) if extra != domain else domains
        return situation, text, domains, position


def visit_notes(rng: random.Random, day: date) -> str:
    return " ".join((rng.choice(phrases.VISIT_TOPICS), rng.choice(phrases.VISIT_CLOSINGS),
                     f"Næste besøg aftales efter {day.strftime('%d.%m.')}"))
