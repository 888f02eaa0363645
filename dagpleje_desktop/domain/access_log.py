"""The access log in plain Danish, for a parent's access request.

Audit events are written with an action code, an entity code and an English technical
detail. A parent reading the child's case folder should see what a person did in words:
"så barnets stamdata", "skrev en observation", "udskrev overleveringsmappe til
Børnehaven Spiren". ``event_sentence`` turns one event into such a phrase; it never
returns an id, a code or an English word. Pure: no database, no framework.
"""

from __future__ import annotations

from collections.abc import Callable

# (action, entity) -> what the person did. Lower case, past tense, no final full stop.
WORDING: dict[tuple[str, str], str] = {
    # --- views --------------------------------------------------------------------
    ("view", "absence"): "så et fravær hos dagplejeren, som berører barnet",
    ("view", "action_plan"): "læste barnets handleplan",
    ("view", "action_plan_list"): "så barnets handleplaner",
    ("view", "attachment"): "åbnede et bilag",
    ("view", "calendar"): "så kalenderen",
    ("view", "case_team"): "så fagpersonerne omkring barnet",
    ("view", "child"): "så barnets stamdata",
    ("view", "child_list"): "så børnelisten",
    ("view", "committee_list"): "så listen til visitationsudvalget",
    ("view", "conflict"): "så forskelle mellem to computeres oplysninger",
    ("view", "consent"): "så et samtykke",
    ("view", "consent_list"): "så barnets samtykker",
    ("view", "course"): "så et forløb",
    ("view", "course_list"): "så forløbene",
    ("view", "dashboard"): "så forsiden",
    ("view", "development_profile"): "så barnets udviklingsvurderinger",
    ("view", "disclosure_list"): "så, hvad der er givet videre om barnet",
    ("view", "follow_up_list"): "så barnets opfølgningspunkter",
    ("view", "goal"): "så et af barnets mål",
    ("view", "goal_evidence"): "så de observationer, der hører til et mål",
    ("view", "goal_history"): "så, hvordan et mål er ændret",
    ("view", "goal_list"): "så barnets mål",
    ("view", "guest_care_list"): "så barnets gæstepleje",
    ("view", "guest_care_proposal"): "så forslag til gæstepleje for barnet",
    ("view", "meeting"): "så et møde om barnet",
    ("view", "meeting_list"): "så barnets møder",
    ("view", "meeting_preparation"): "forberedte et møde og så barnets oplysninger",
    ("view", "observation"): "læste en observation",
    ("view", "observation_list"): "så barnets observationer",
    ("view", "overview"): "så oversigten",
    ("view", "referral"): "læste barnets indstilling",
    ("view", "referral_list"): "så indstillingerne",
    ("view", "retention"): "så, hvad der skal slettes efter opbevaringsfristen",
    ("view", "visit"): "læste notaterne fra et besøg",
    ("view", "visit_list"): "så barnets besøg",
    ("view", "wellbeing_history"): "så barnets trivselsvurderinger",
    ("search", "observation"): "søgte i observationerne",
    # --- new records --------------------------------------------------------------
    ("create", "absence"): "registrerede fravær hos en dagplejer",
    ("create", "action_plan"): "skrev en ny handleplan",
    ("create", "attachment"): "tilføjede et bilag",
    ("create", "child"): "oprettede barnet",
    ("create", "childminder_home"): "oprettede et dagplejehjem",
    ("create", "consent"): "registrerede et samtykke",
    ("create", "case_team_member"): "føjede en fagperson til teamet omkring barnet",
    ("create", "course"): "oprettede et forløb",
    ("create", "demo"): "lagde eksempler ind i programmet",
    ("create", "development_assessment"): "skrev en udviklingsvurdering",
    ("create", "device"): "gav en ny computer adgang",
    ("create", "editor_draft"): "gemte en kladde",
    ("create", "follow_up"): "oprettede et opfølgningspunkt",
    ("create", "goal"): "skrev et nyt mål",
    ("create", "guardian"): "tilføjede en forælder",
    ("create", "guest_care"): "aftalte gæstepleje",
    ("create", "installation"): "tog programmet i brug",
    ("create", "meeting"): "planlagde et møde",
    ("create", "observation"): "skrev en observation",
    ("create", "observation_draft"): "gemte en kladde til en observation",
    ("create", "placement"): "indskrev barnet hos en dagplejer",
    ("create", "professional"): "oprettede en fagperson",
    ("update", "professional"): "rettede en fagpersons kontaktoplysninger",
    ("create", "referral"): "registrerede en indstilling",
    ("create", "user_account"): "oprettede en bruger",
    ("create", "visit"): "registrerede et besøg",
    ("create", "wellbeing_assessment"): "skrev en trivselsvurdering",
    # --- changes ------------------------------------------------------------------
    ("update", "action_plan"): "rettede en handleplan",
    ("update", "child"): "rettede barnets stamdata",
    ("update", "conflict"): "afgjorde en forskel mellem to computeres oplysninger",
    ("update", "consent"): "rettede et samtykke",
    ("update", "course"): "rettede et forløb",
    ("update", "device"): "fjernede en computers adgang",
    ("update", "follow_up"): "markerede et opfølgningspunkt som klaret",
    ("update", "goal"): "rettede et mål",
    ("update", "audit_event"): "beskyttede adgangsloggen med en nøgle",
    ("update", "guardian"): "rettede oplysninger om en forælder",
    ("update", "key_file"): "loggede ind, og programmet rettede nøglefilen",
    ("update", "meeting"): "rettede et møde",
    ("update", "observation"): "rettede en observation",
    ("update", "organisation"): "rettede organisationens oplysninger",
    ("update", "placement"): "afsluttede barnets indskrivning",
    ("update", "recovery_key"): "lavede en ny gendannelsesnøgle",
    ("update", "referral"): "rettede en indstilling",
    ("update", "setting"): "rettede teksterne til folderen",
    ("update", "user_account"): "rettede en brugerkonto",
    ("update", "visit"): "rettede notaterne fra et besøg",
    # --- deletions ----------------------------------------------------------------
    ("delete", "absence"): "slettede et fravær",
    ("delete", "action_plan"): "slettede en handleplan",
    ("delete", "attachment"): "slettede et bilag",
    ("delete", "audit_event"): "slettede gamle hændelser i loggen efter opbevaringsfristen",
    ("delete", "child"): "slettede barnets oplysninger",
    ("delete", "editor_draft"): "slettede en kladde",
    ("delete", "guardian"): "fjernede en forælder fra barnet",
    ("delete", "guest_care"): "aflyste gæstepleje",
    ("delete", "observation"): "slettede en observation",
    ("delete", "observation_draft"): "slettede en kladde til en observation",
    ("delete", "visit"): "slettede et besøg",
    # --- prints and what left the program -------------------------------------------
    ("print", "action_plan"): "udskrev barnets handleplan",
    ("print", "agenda"): "udskrev dagsorden til et møde",
    ("print", "case_folder"): "udskrev barnets mappe",
    ("print", "folder"): "udskrev folderen om Mini-dagplejen",
    ("print", "guest_sheet"): "udskrev taskeseddel",
    ("print", "handover_packet"): "udskrev overleveringsmappe",
    ("print", "minutes"): "udskrev referat af et møde",
    ("print", "supervision_report"): "udskrev en tilsynsrapport",
    ("print", "status_description"): "udskrev statusbeskrivelse",
    ("print", "topi_sheet"): "udskrev TOPI-ark med trivselspositioner",
    ("print", "consent_form"): "udskrev en samtykkeerklæring",
    ("print", "consent_withdrawal_form"): "udskrev en blanket til at trække et samtykke "
                                          "tilbage",
    ("print", "letter"): "udskrev et brev til forældrene",
    ("print", "supervision_checklist"): "udskrev en tjekliste til tilsyn",
    ("print", "supervision_month"): "udskrev månedens oversigt over tilsyn",
    ("print", "course_paper"): "udskrev papirerne til et forløb",
    ("print", "transition_description"): "udskrev overgangsbeskrivelsen",
    ("export", "transition_description"): "udskrev overgangsbeskrivelsen til børnehaven",
    ("view", "transition_section"): "så overgangsbeskrivelsen",
    ("create", "transition_section"): "skrev et afsnit i overgangsbeskrivelsen",
    ("update", "transition_section"): "rettede et afsnit i overgangsbeskrivelsen",
    ("export", "status_description"): "sendte statusbeskrivelse",
    ("export", "calendar"): "gemte kalenderen som fil",
    ("export", "device"): "gemte computerens parringskort",
    ("export", "handover_packet"): "udskrev overleveringsmappe",
    ("export", "sync_package"): "sendte ændringer til en anden computer",
    ("import", "sync_package"): "modtog ændringer fra en anden computer",
    # --- sessions and safety copies -------------------------------------------------
    ("login", ""): "loggede ind",
    ("login", "session"): "låste programmet op",
    ("failed_login", ""): "prøvede forgæves at logge ind",
    ("failed_login", "session"): "prøvede forgæves at låse programmet op",
    ("failed_login", "user_account"): "prøvede forgæves at logge ind",
    ("logout", "session"): "loggede ud",
    ("backup", "database"): "tog en sikkerhedskopi",
    ("restore", "database"): "hentede en sikkerhedskopi tilbage",
}

# Finer wording where the event's technical detail says more (checked in order; the
# detail is matched by its beginning, never printed).
_BY_DETAIL: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("view", "consent"): (("handover check", "kontrollerede samtykket før en overlevering"),),
    ("view", "consent_list"): (("sharing check",
                                "kontrollerede barnets samtykker før deling"),),
    ("view", "meeting"): (("plan draft", "så udkastet til handleplan fra et møde"),
                          ("next meeting", "så forslag til næste møde")),
    ("view", "referral"): (("home suggestions", "søgte dagplejehjem til barnet"),),
    ("update", "action_plan"): (("superseded", "markerede en tidligere handleplan som afløst"),
                                ("approved", "godkendte en handleplan")),
    ("update", "child"): (("merged", "lagde to registreringer af barnet sammen"),
                          ("archived", "arkiverede barnets sag efter opbevaringsfristen")),
    ("update", "setting"): (("retention", "ændrede opbevaringsfristerne"),),
    ("update", "consent"): (("withdrawn", "registrerede, at et samtykke er trukket tilbage"),
                            ("expired", "registrerede, at et samtykke er udløbet"),
                            ("categories", "ændrede, hvilke oplysninger et samtykke dækker")),
    ("update", "course"): (("ended", "afsluttede et forløb"),
                           ("session", "registrerede en gang i et forløb"),
                           ("goals", "rettede målene for et forløb"),
                           ("planned end", "ændrede slutdatoen for et forløb")),
    ("update", "goal"): (("evaluate", "evaluerede et mål"),
                         ("status", "ændrede status for et mål")),
    ("update", "meeting"): (("moved", "flyttede et møde"), ("cancelled", "aflyste et møde"),
                            ("agenda", "rettede dagsordenen til et møde"),
                            ("participant added", "inviterede en deltager til et møde"),
                            ("participant removed", "fjernede en deltager fra et møde"),
                            ("preparation", "skrev forberedelse til et møde"),
                            ("held", "registrerede et møde som holdt"),
                            ("concluded", "afsluttede et møde med en ny handleplan"),
                            ("attendance", "registrerede, hvem der deltog i et møde"),
                            ("minutes", "skrev referat af et møde"),
                            ("cafe notes", "skrev noter fra et besøg i småbørnscaféen")),
    ("update", "referral"): (("committee", "satte indstillingen på visitationsudvalgets møde"),
                             ("decision", "registrerede visitationsudvalgets afgørelse")),
    ("delete", "child"): (("erased", "slettede alle oplysninger om barnet"),
                          ("merged", "lagde barnets registrering sammen med en anden"),
                          ("retention", "slettede barnets oplysninger efter "
                                        "opbevaringsfristen")),
    ("delete", "observation_draft"): (("retention", "slettede en gammel kladde til en "
                                                    "observation efter opbevaringsfristen"),),
    ("delete", "editor_draft"): (("retention", "slettede en gammel kladde efter "
                                               "opbevaringsfristen"),),
}

# Recipient-aware wording: what was disclosed, and to whom.
_TO_RECIPIENT: dict[tuple[str, str], Callable[[str], str]] = {
    ("export", "handover_packet"): lambda to: f"udskrev overleveringsmappe til {to}",
    ("print", "handover_packet"): lambda to: f"udskrev overleveringsmappe til {to}",
    ("export", "transition_description"): lambda to: f"udskrev overgangsbeskrivelsen til {to}",
}

# Used only for a combination no service writes today (a newer device's event, say):
# still Danish, still without the codes.
_VERBS = {"view": "så", "search": "søgte i", "create": "oprettede", "update": "rettede",
          "delete": "slettede", "print": "udskrev", "import": "modtog",
          "login": "loggede ind", "failed_login": "prøvede forgæves at logge ind",
          "logout": "loggede ud", "backup": "tog en sikkerhedskopi",
          "restore": "hentede en sikkerhedskopi tilbage"}
_STANDALONE = {"login", "failed_login", "logout", "backup", "restore"}


def has_wording(action: str, entity: str) -> bool:
    """True when this combination has its own sentence (not the general fallback)."""
    return (action, entity) in WORDING


def event_sentence(action: str, entity: str, detail: str = "", *,
                   recipient: str = "") -> str:
    """What the person did, as a Danish phrase without ids, codes or English."""
    action, entity = str(action), str(entity or "")
    if recipient and (action, entity) in _TO_RECIPIENT:
        return _TO_RECIPIENT[(action, entity)](recipient.strip())
    wanted = (detail or "").strip().casefold()
    for prefix, sentence in _BY_DETAIL.get((action, entity), ()):
        if wanted.startswith(prefix):
            return sentence
    if (action, entity) in WORDING:
        return WORDING[(action, entity)]
    if action in _STANDALONE:
        return _VERBS[action]
    if action == "export":
        return "gav oplysninger om barnet videre"
    return f"{_VERBS.get(action, 'brugte')} oplysninger om barnet"


def capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
