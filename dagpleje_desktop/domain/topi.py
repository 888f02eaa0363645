"""TOPI (tidlig opsporing og indsats): what each wellbeing position calls for.

The positions describe the child's situation at the time, never the child. Each position has a standard next step in the municipality's early-detection
practice; the TOPI sheet prints it beside every assessment so the step is not
forgotten. These are the practice's own words, not facts about a child.
"""

from __future__ import annotations

POSITION_ACTIONS: dict[str, str] = {
    "green": "Almen pædagogisk praksis. Barnets trivsel følges som vanligt, og positionen "
             "vurderes igen ved næste runde.",
    "yellow": "Skærpet opmærksomhed. Drøft med forældrene, aftal en indsats i dagplejen med "
              "en dato for opfølgning, og søg sparring hos konsulenten.",
    "red": "Tværfagligt samarbejde. Tal med forældrene, inddrag konsulenten og relevante "
           "samarbejdspartnere straks, og vurdér om der skal underrettes.",
}
POSITION_ORDER = ("green", "yellow", "red")


def action_for(position: str) -> str:
    """The standard next step for a position code ("" for none or unknown)."""
    return POSITION_ACTIONS.get(position, "")
