"""Sentence fragments the demo observations are combined from (situation, what the child
did, a reflection), written the way a mini-childminder writes in her notes.

Placeholders: {n} first name, {ns} its possessive, {h}/{H} han/hun, {o} ham/hende.
"""

from __future__ import annotations

# Situation title, opening sentences, and the domains the situation suits.
SITUATIONS: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = (
    ("Aflevering om morgenen",
     ("Morgenen startede roligt ved lågen.", "Vi tog imod i entréen, som vi plejer.",
      "Der var god tid ved afleveringen i dag."),
     frozenset({"emotional", "personal", "social_contact", "self_care", "communication"})),
    ("Formiddagsmad",
     ("Vi sad ved bordet til formiddagsmaden.", "Formiddagsmaden var frugt og rugbrød."),
     frozenset({"sleep_eating", "fine_motor", "self_care", "language", "communication"})),
    ("Leg på gulvet i stuen",
     ("Vi legede på gulvet i stuen efter formiddagsmaden.",
      "Jeg havde lagt puder og tæppe ud på gulvet.", "Formiddagen gik med leg i stuen."),
     frozenset({"gross_motor", "fine_motor", "cognition", "social", "social_contact",
                "personal", "language", "body"})),
    ("Udeleg i haven",
     ("Vi var ude i haven i det gode vejr.", "Vi tog flyverdragter på og gik ud i haven.",
      "Haven var våd efter regnen, men vi gik ud alligevel."),
     frozenset({"gross_motor", "nature", "senses", "social_contact", "body"})),
    ("Tur til legepladsen",
     ("Vi gik en tur til legepladsen ved skolen.", "Vi kørte med klapvognen til legepladsen."),
     frozenset({"gross_motor", "nature", "social", "body"})),
    ("Sangstund",
     ("Vi holdt sangstund på tæppet med sangkortene.", "Vi sang vores faste morgensange."),
     frozenset({"culture", "communication", "language", "social"})),
    ("Frokost",
     ("Til frokost var der rugbrød, kylling og grøntsager.", "Vi spiste frokost ved bordet."),
     frozenset({"sleep_eating", "fine_motor", "self_care", "language"})),
    ("Puslesituation",
     ("Vi var på puslebordet før lur.", "Ved bleskiftet tog vi os god tid."),
     frozenset({"self_care", "communication", "emotional", "language"})),
    ("Putning til middagslur",
     ("Vi gjorde klar til middagsluren.", "Luren var udenfor i barnevognen."),
     frozenset({"sleep_eating", "emotional"})),
    ("Legestue med de andre dagplejere",
     ("Vi var i legestuen sammen med de andre dagplejere.",
      "I legestuen var der mange børn i dag."),
     frozenset({"social", "social_contact", "emotional", "senses"})),
    ("Højtlæsning",
     ("Vi læste i billedbogen om dyrene på bondegården.", "Vi kiggede i pegebøger i sofaen."),
     frozenset({"language", "communication", "cognition"})),
    ("Kreativ leg",
     ("Vi malede med fingermaling ved køkkenbordet.", "Vi legede med ler og dej."),
     frozenset({"fine_motor", "culture", "senses"})),
    ("Vandleg",
     ("Vi legede med vand i baljen på terrassen.", "Vi havde vandleg ved køkkenvasken."),
     frozenset({"senses", "nature", "cognition", "social"})),
    ("Afhentning",
     ("Ved afhentningen var der tid til en snak med forældrene.",
      "Dagen sluttede med afhentning ved lågen."),
     frozenset({"emotional", "communication", "social_contact"})),
)

# What the child did, per domain; a situation title when the act belongs to one place
# (None: any situation that suits the domain).
STUE, HAVE, TUR = "Leg på gulvet i stuen", "Udeleg i haven", "Tur til legepladsen"
LEGESTUE = "Legestue med de andre dagplejere"
ACTS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "gross_motor": (
        (STUE, "{n} kravlede op på den lave skammel og satte sig selv ned igen."),
        (STUE, "{n} holdt balancen på puden i flere sekunder i bevægelseslegen."),
        (None, "{n} skubbede gåvognen foran sig og fulgte efter den hele vejen."),
        (STUE, "{n} øvede at rejse sig ved sofaen og klarede det to gange uden hjælp."),
        (HAVE, "{n} trillede ned ad den lille bakke i haven og grinede højt."),
    ),
    "body": (
        (STUE, "{n} kravlede gennem tunnelen og kom ud på den anden side med et stort smil."),
        (STUE, "{n} klatrede op på puderne og gled ned igen mange gange."),
        (None, "{n} mærkede efter i kroppen og satte sig selv ned, da {h} var træt."),
    ),
    "fine_motor": (
        (STUE, "{n} puttede klodser i puttekassen og fandt selv hullet til trekanten."),
        ("Kreativ leg", "{n} tegnede med tykke farver og holdt farven i hele hånden."),
        ("Formiddagsmad", "{n} tog rosiner én ad gangen med tommel- og pegefinger."),
        (None, "{n} skruede låget af sin drikkedunk uden hjælp."),
    ),
    "language": (
        (HAVE, "{n} sagde »hej« til postbuddet over hækken og vinkede."),
        (TUR, "{n} gentog ordet »bus«, da vi så bussen, og pegede."),
        ("Frokost", "{n} svarede tydeligt »ja« og »nej«, da jeg spurgte, om {h} ville have mere."),
        (None, "{n} fortalte med få ord og fagter om katten derhjemme."),
    ),
    "communication": (
        (STUE, "{n} tog min hånd og førte mig hen til døren for at vise, at {h} ville ud."),
        ("Frokost", "{n} brugte tegnet for »færdig« ved bordet."),
        (None, "{n} kiggede på mig og ventede på mit svar, før {h} fortsatte legen."),
    ),
    "social_contact": (
        ("Sangstund", "{n} søgte øjenkontakt og smilede, da vi sang navnesangen."),
        (STUE, "{n} rakte mig en klods og ventede på, at jeg rakte den tilbage."),
        (LEGESTUE, "{n} sad tæt op ad mig og holdt fast i min trøje, mens {h} kiggede på de "
                   "andre børn."),
    ),
    "social": (
        (LEGESTUE, "{n} legede ved siden af de andre børn og kiggede interesseret på, hvad de "
                   "lavede."),
        (TUR, "{n} byttede spade med et andet barn i sandkassen, da jeg spurgte, om de ville "
              "bytte."),
        (LEGESTUE, "{n} aede et andet barn på kinden, da det var ked af det."),
    ),
    "emotional": (
        (None, "{n} blev ked af det, da legen skulle slutte, men lod sig hurtigt trøste."),
        ("Afhentning", "{n} strålede, da {h} blev hentet ved lågen."),
        (None, "{n} var rolig og tryg hele formiddagen og søgte mig, når {h} havde brug for "
               "det."),
    ),
    "personal": (
        (None, "{n} ville selv – og klarede det, da {h} fik lidt ekstra tid."),
        ("Højtlæsning", "{n} valgte selv mellem to bøger og holdt fast i sit valg."),
        (None, "{n} prøvede igen og igen, selvom det var svært, og så stolt ud bagefter."),
    ),
    "cognition": (
        (STUE, "{n} fandt bamsen, som jeg havde gemt under tæppet, og lo."),
        (STUE, "{n} lagde de tre brikker i puslespillet på plads."),
        (None, "{n} hentede selv sin hue, da jeg sagde, at vi skulle ud."),
    ),
    "self_care": (
        ("Aflevering om morgenen", "{n} hjalp selv med at tage skoene af og stillede dem på "
                                   "plads."),
        (None, "{n} vaskede hænder med lidt hjælp og tørrede dem selv."),
        ("Puslesituation", "{n} hentede selv en ble, da jeg sagde, at vi skulle skifte."),
    ),
    "senses": (
        (HAVE, "{n} mærkede længe på det våde sand og smagte forsigtigt på en finger."),
        (HAVE, "{n} lyttede opmærksomt til fuglene og pegede op i træet."),
        ("Puslesituation", "{n} nød den bløde pensel på armene og benene."),
    ),
    "sleep_eating": (
        ("Frokost", "{n} spiste godt og smagte på både agurk og kylling."),
        ("Putning til middagslur", "{n} faldt hurtigt i søvn i barnevognen og sov godt i "
                                   "halvanden time."),
        ("Frokost", "{n} var lidt kræsen i dag og spiste mest rugbrød."),
    ),
    "nature": (
        (HAVE, "{n} samlede sten i spanden og lagde dem på række."),
        (HAVE, "{n} fulgte en snegl med øjnene og rørte forsigtigt ved den."),
        (TUR, "{n} hoppede i vandpytterne i gummistøvler og grinede."),
    ),
    "culture": (
        ("Sangstund", "{n} klappede med på »Hjulene på bussen« og lavede fagterne."),
        ("Kreativ leg", "{n} malede med fingermaling og viste mig stolt sit billede."),
        ("Sangstund", "{n} dansede til musikken og drejede rundt."),
    ),
}
SITUATION_BY_TITLE = {title: openers for title, openers, _ in SITUATIONS}

REFLECTIONS = (
    "Jeg gav tid og ventede, og det hjalp.",
    "Det er en tydelig udvikling i forhold til for en måned siden.",
    "Vi fortsætter med samme støtte.",
    "Jeg fortalte forældrene om det ved afhentningen.",
    "Jeg roste {o} stille, og {h} smilede.",
    "Det viser, at den faste rutine virker.",
    "Næste skridt er at øve det samme i flere situationer i løbet af dagen.",
    "",
)

YELLOW_ACTS = (
    "{n} var træt og pjevset i dag og ville helst sidde på skødet.",
    "{n} havde svært ved at falde til ro efter afleveringen og græd et kvarters tid.",
    "{n} spiste meget lidt og virkede utilpas; jeg holder øje med temperaturen.",
    "{n} blev hurtigt frustreret i legen og kastede med legetøjet.",
    "{n} sov uroligt til middag og var urolig resten af eftermiddagen.",
    "{n} var mere stille end normalt og trak sig fra de andre.",
)
YELLOW_REFLECTIONS = (
    "Forældrene fortæller om en urolig nat.",
    "Jeg har talt med forældrene om det ved afhentningen.",
    "Vi holder øje med det de næste dage.",
    "Jeg skærmede {o} lidt mere end normalt.",
)
RED_REFLECTIONS = (
    "Jeg har orienteret konsulenten samme dag.",
    "Plejemor er orienteret, og vi taler sammen igen i morgen.",
    "Vi har aftalt at skærme {o} og holde dagene helt ens i en periode.",
)

VISIT_TOPICS = (
    "Vi gennemgik observationerne siden sidst og målene i handleplanen.",
    "Vi talte om søvnrytmen og dagens struktur.",
    "Vi så på indretningen af legerummet og skiftepladsen.",
    "Jeg vejledte i brug af tegn til tale i hverdagssituationer.",
    "Vi drøftede samarbejdet med forældrene og kontaktbogen.",
    "Vi gennemgik nødplaner og medicinhåndtering; alt er opdateret.",
)
VISIT_CLOSINGS = (
    "Hjemmet fremstår rent og trygt, og hygiejnen er i orden.",
    "God stemning i hjemmet; børnene var trygge ved besøget.",
    "Dagplejeren har styr på dagsstrukturen og dokumentationen.",
)
VISIT_TASKS = (
    "Opdatere dagsskemaet med nye billeder",
    "Sende de seneste observationer til konsulenten før statusmødet",
    "Afprøve nyt skridsikkert underlag ved spisebordet",
    "Gennemgå nødplanen med afløseren før ferien",
)

PARENT_STATUS = (
    "Forældrene oplever, at {n} er glad for at komme i dagplejen og er blevet mere tryg.",
    "Forældrene fortæller, at {n} sover bedre om natten og er i godt humør.",
    "Forældrene ser fremskridt derhjemme og er glade for samarbejdet med dagplejeren.",
)
PARTNER_STATUS = (
    "{role} ser fine fremskridt og anbefaler, at indsatsen fortsætter.",
    "{role} har været på besøg i dagplejen og justeret øvelserne.",
    "{role} vurderer, at {n} er i en positiv udvikling, men stadig har brug for støtte.",
)

WELLBEING_COMMENTS = {
    "green": ("{n} trives og er i god udvikling. Vi fortsætter med de aftalte indsatser.",
              "{n} er glad og tryg i dagplejen og deltager aktivt i hverdagen."),
    "yellow": ("{n} er i en sårbar periode med mere uro og træthed. Vi skærmer og følger tæt op.",
               "Vi er opmærksomme på {ns} trivsel efter ændringer i hverdagen."),
    "red": ("{n} mistrives i en periode med stor uro. Vi har skærpet opfølgningen og holder "
            "tæt kontakt til familien og sagsbehandleren.",),
}

COURSE_GOALS = (
    "1. Faste rammer for søvn og måltider i hjemmet, så dagene bliver mere forudsigelige.\n"
    "2. Styrke forældrenes samspil med de to børn i leg og hverdagsrutiner.\n"
    "3. Bygge bro til dagplejen, så samarbejdet fortsætter efter forløbet."
)
COURSE_SESSION_NOTES = (
    "Vi lavede et billedskema for aftenrutinen sammen med mor.",
    "Fokus på leg på gulvet; far prøvede at følge barnets initiativ.",
    "Talte om søvn og faste puttetider; forældrene prøver i en uge.",
    "Fælles måltid; vi øvede at sætte ord på det, børnene gør.",
    "Opfølgning på aftenrutinen: mere ro ved sengetid.",
    "Besøg i dagplejen sammen med mor; god kontakt til dagplejeren.",
)
