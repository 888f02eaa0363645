"""The seven fictional children of the demo data set, written as a mini-childminder would.

Placeholders in the ``focus`` texts: {n} the child's first name, {h}/{H} han/hun,
{o} ham/hende.
"""

from __future__ import annotations

from .texts import ChildSpec, GoalSpec, GuardianSpec

ALMA = ChildSpec(
    "alma", "Alma", "Kjær Sørensen", True, 44, "028", "birgitte", 4, 24,
    special_needs="Født for tidligt i uge 28. Motorisk forsinket: går med rollator og har brug "
                  "for støtte til at sidde stabilt ved bordet. Bliver hurtigt træt og har brug "
                  "for pauser i løbet af dagen.",
    diagnoses="Præmatur fødsel (uge 28). Motorisk forsinkelse (let spastisk diplegi), følges "
              "af børnefysioterapeut og neuropædiatrisk ambulatorium.",
    allergies="Ingen kendte.",
    medication="D-vitamin og jerntilskud (gives hjemme).",
    routines="Kommer kl. 7.45 med far. Formiddagsmad kl. 9. Ståstativ 2 × 20 minutter "
             "(efter formiddagsmad og efter lur). Lur i barnevogn kl. 11.30-13. Hentes kl. 15 "
             "af mor.",
    what_works="Jeg kan bedst, når jeg har god tid og ikke bliver skyndet på. Fortæl mig, hvad "
               "der skal ske, før du løfter mig. Jeg elsker sange med fagter – så glemmer jeg, "
               "at øvelserne er svære. Når jeg bliver træt, bliver jeg stille; så har jeg brug "
               "for en pause i sækkestolen.",
    languages="Dansk",
    guardians=(
        GuardianSpec("Line Kjær Sørensen", "Mor", True, "22 41 63 80", "line.kjaer@eksempel.dk",
                     "Skovvangen 7, 6000 Kolding"),
        GuardianSpec("Jesper Sørensen", "Far", True, "22 41 63 81",
                     "jesper.sorensen@eksempel.dk", "Skovvangen 7, 6000 Kolding"),
    ),
    partners=("physio", "ppr"),
    goals=(
        GoalSpec("gross_motor", "Alma kan sidde selv på gulvet i 5 minutter uden støtte under leg.",
                 "Alma sidder stabilt og bruger begge hænder til legetøjet; hun tager selv fra "
                 "med armene, hvis hun vipper.",
                 "Leg på gulvet med sækkestol bagved og legetøj i øjenhøjde; øvelser efter "
                 "fysioterapeutens program.", "Birgitte og forældrene",
                 "Dagligt, 2 × 10 minutter"),
        GoalSpec("gross_motor", "Alma kan gå 10 meter med rollator fra stuen ud til terrassen.",
                 "Alma rejser sig selv ved rollatoren, holder færre pauser undervejs og retter "
                 "sig op, når hun læner sig for langt frem.",
                 "Gåtræning med rollator ved alle skift mellem rum; fysioterapeuten justerer "
                 "rollatoren.", "Birgitte og fysioterapeut Camilla Friis",
                 "Dagligt ved skift; fysioterapeut hver 6. uge"),
        GoalSpec("fine_motor", "Alma kan selv spise det meste af sin frokost med ske.",
                 "Alma fører skeen til munden med mindre spild og beder selv om hjælp med "
                 "ordet »hjælp«.",
                 "Skridsikker tallerken og tyk ske; den voksne sidder ved siden af og hjælper "
                 "kun med det sidste.", "Birgitte og forældrene", "Ved alle måltider"),
        GoalSpec("personal", "Alma kan vise med ord eller tegn, når hun er træt og har brug for "
                             "en pause.",
                 "Alma bruger tegnet for »pause« eller siger »træt«, før hun bliver overtræt.",
                 "Pausekort og tegn til tale ved skift; den voksne sætter ord på, når Alma ser "
                 "træt ud.", "Birgitte og forældrene", "Hele dagen"),
    ),
    development=(("gross_motor", 0.55), ("fine_motor", 0.75), ("language", 0.95),
                 ("self_care", 0.7)),
    background="Alma er født i uge 28 og var indlagt på neonatalafdelingen i 11 uger. Hun er "
               "motorisk forsinket og følges af børnefysioterapeut og neuropædiatrisk "
               "ambulatorium. Alma blev visiteret til Mini-dagplejen med 4 pladser for at få ro, "
               "få skift og målrettet motorisk træning i hverdagen.",
    resources="Alma er nysgerrig, glad for sang og rim og meget vedholdende, når hun er "
              "udhvilet. Hun har et godt sprog og siger tydeligt fra. Forældrene er meget "
              "engagerede og laver øvelserne derhjemme.",
    challenges="Alma bliver hurtigt træt og har svært ved at sidde stabilt ved bordet. Nye "
               "voksne og skift gør hende usikker. Hun har brug for hjælp til det meste i "
               "påklædning og ved måltider.",
    parent_agreements="Forældrene laver fysioterapeutens øvelser hjemme hver aften og skriver om "
                      "nattesøvnen i kontaktbogen. Birgitte sender en ugentlig besked om "
                      "træningen. Overgangen til Børnehaven Solsikken forberedes i fællesskab.",
    focus=(
        ("gross_motor", "Gåtræning",
         "{n} gik med rollatoren fra stuen ud til terrassedøren og stoppede kun "
         "én gang for at hvile."),
        ("gross_motor", "Leg på gulvet i stuen",
         "{n} sad selv på gulvet og byggede med klodser i næsten fem minutter, "
         "før {h} ville læne sig op ad sækkestolen."),
        ("fine_motor", "Formiddagsmad",
         "{n} spiste selv det meste af sin grød med den tykke ske og sagde stolt "
         "»selv!«."),
        ("self_care", "Påklædning",
         "{n} strakte armene op, da jeg sagde, at trøjen skulle af, og hjalp selv "
         "med at trække ærmet af."),
        ("personal", "Ståstativ",
         "{n} lavede tegnet for pause og pegede på sækkestolen, da {h} var træt "
         "efter ståstativet."),
    ),
    next_meeting_in_days=19,
    extra={"handover_to": "Børnehaven Solsikken"},
)

ZOE = ChildSpec(
    "zoe", "Zoë", "Andersen Bach", True, 28, "126", "mette", 3, 14,
    special_needs="Down syndrom med lav muskeltonus. Har brug for støtte til motorik, "
                  "mundmotorik og sprog. Bruger tegn til tale.",
    diagnoses="Down syndrom (trisomi 21). Opereret for hjertefejl (AVSD) som 5 måneder gammel, "
              "årlig kontrol. Dræn i venstre øre.",
    allergies="Ingen kendte.",
    medication="Ingen fast medicin. Næsespray ved forkølelse (gives hjemme).",
    routines="Bor skiftevis hos mor og far (uge/uge, skift mandag). Afleveres kl. 8. "
             "Mundmotoriske øvelser før frokost. Lur i krybbe ca. 1½ time efter frokost. "
             "Hentes senest kl. 15.30.",
    what_works="Jeg forstår meget mere, end jeg kan sige. Brug tegn til tale sammen med ordene, "
               "og giv mig tid til at svare. Jeg elsker musik og at klappe i hænderne. Når jeg "
               "bliver overvældet, gemmer jeg ansigtet – så sæt dig ved mig og vent lidt.",
    languages="Dansk",
    guardians=(
        GuardianSpec("Sofie Andersen", "Mor", True, "26 18 45 02", "sofie.andersen@eksempel.dk",
                     "Jernbanegade 12, 1. th., 6000 Kolding"),
        GuardianSpec("Mikkel Bach", "Far", True, "26 18 45 93", "mikkel.bach@eksempel.dk",
                     "Bakkedraget 3, 6070 Christiansfeld"),
    ),
    partners=("physio", "speech"),
    goals=(
        GoalSpec("gross_motor", "Zoë kan kravle hen til legetøj, hun gerne vil have, på tværs af "
                                "stuen.",
                 "Zoë tager selv initiativ til at kravle og kommer hele vejen uden at give op.",
                 "Legetøj placeres lidt væk fra Zoë; kravletunnel og puder på gulvet.",
                 "Mette og forældrene", "Dagligt i legen"),
        GoalSpec("communication", "Zoë bruger 10 tegn til tale på eget initiativ (fx mere, "
                                  "færdig, drikke, mor, far).",
                 "Zoë laver tegnet, før den voksne gør det, og kigger efter et svar.",
                 "Tegn til tale ved måltider, sang og påklædning; fælles tegnliste mellem "
                 "hjemmene og Mette.", "Mette, begge forældre og talehørekonsulenten",
                 "Hver dag; talehørekonsulent hver 4. uge"),
        GoalSpec("gross_motor", "Zoë kan stå ved sofaen og gå sidelæns langs møblerne.",
                 "Zoë trækker sig op at stå og flytter fødderne selv et par skridt.",
                 "Legetøj i stå-højde på sofa og sofabord; øvelser fra fysioterapeuten.",
                 "Mette og fysioterapeut Camilla Friis", "Dagligt, kort og ofte"),
        GoalSpec("sleep_eating", "Zoë kan drikke af åben kop med lidt hjælp ved måltiderne.",
                 "Zoë holder selv koppen med to hænder og spilder mindre.",
                 "Lille åben kop med lidt vand ved hvert måltid; mundmotoriske øvelser før "
                 "frokost.", "Mette og forældrene", "Ved alle måltider"),
    ),
    development=(("gross_motor", 0.5), ("language", 0.45), ("social_contact", 0.85),
                 ("fine_motor", 0.6)),
    background="Zoë har Down syndrom og blev hjerteopereret som 5 måneder gammel. Hun blev "
               "visiteret til Mini-dagplejen med 3 pladser for at få en stabil hverdag med få "
               "skift, lav smitterisiko og målrettet støtte til motorik og kommunikation.",
    resources="Zoë er glad, social og meget opmærksom på de voksnes ansigter. Hun elsker musik "
              "og efterligner fagter. Begge forældre er engagerede og bruger tegn til tale "
              "derhjemme.",
    challenges="Zoë har lav muskeltonus og bliver træt i kroppen. Hun er sårbar over for "
               "infektioner. Skiftet mellem to hjem kræver, at alle bruger de samme tegn og "
               "rutiner.",
    parent_agreements="Forældrene deler kontaktbogen, så den følger Zoë mellem hjemmene. Begge "
                      "forældre inviteres til alle møder. Fælles tegnliste opdateres hver "
                      "måned.",
    focus=(
        ("communication", "Sangstund",
         "{n} lavede tegnet for »mere« og kiggede på mig, da sangen stoppede."),
        ("gross_motor", "Leg på gulvet i stuen",
         "{n} gik langs sofaen hele vejen hen til vinduet for at se "
         "skraldebilen."),
        ("sleep_eating", "Frokost",
         "{n} drak af den åbne kop og satte den selv ned på bordet uden at "
         "spilde."),
        ("social_contact", "Leg på gulvet i stuen",
         "{n} rakte armene frem mod Oskar og grinede, da han kastede bolden."),
        ("sleep_eating", "Mundmotoriske øvelser",
         "{n} lavede mundmotoriske øvelser med fjer og sugerør og pustede "
         "fjeren hele vejen over bordet."),
    ),
    next_meeting_in_days=12,
)

BAO = ChildSpec(
    "bao", "Bảo Minh", "Nguyễn", False, 35, "317", "susanne", 3, 16,
    special_needs="Forsinket sprogudvikling og udfordringer i socialt samspil. Reagerer stærkt "
                  "på lyde og uventede skift. Er under udredning for autismespektrumforstyrrelse "
                  "via PPR og børne- og ungdomspsykiatrien.",
    diagnoses="Autismespektrumforstyrrelse under udredning (henvist af PPR). Sprogforsinkelse.",
    allergies="Laktoseintolerans (laktosefri mælk).",
    medication="Ingen.",
    routines="Afleveres kl. 8.15 af far. Samme rækkefølge hver morgen: hænge jakke, vaske "
             "hænder, puslespil ved vinduet. Dagsskema med billeder. Lur kl. 12-13.30 med "
             "tungt tæppe. Hentes kl. 14.30.",
    what_works="Jeg har det bedst, når jeg ved, hvad der skal ske. Vis mig billedet først og "
               "sig det med få ord. Høje lyde gør ondt i mine ører – jeg må gerne gå i mit "
               "hjørne eller tage høreværn på. Jeg elsker tog, vand og at sortere ting efter "
               "farve. Ros mig stille, ikke højt.",
    languages="Vietnamesisk og dansk (vietnamesisk hjemme)",
    guardians=(
        GuardianSpec("Nguyễn Thị Hoa", "Mor", True, "50 27 61 33", "hoa.nguyen@eksempel.dk",
                     "Haderslevvej 55, 6000 Kolding", "Vietnamesisk"),
        GuardianSpec("Trần Văn Long", "Far", True, "50 27 61 34", "long.tran@eksempel.dk",
                     "Haderslevvej 55, 6000 Kolding", "Vietnamesisk og dansk"),
    ),
    partners=("ppr", "speech"),
    goals=(
        GoalSpec("social_contact", "Bảo kan deltage i samlingen ved bordet i 5 minutter med "
                                   "billedstøtte.",
                 "Bảo bliver siddende, kigger på billederne og rækker ud efter tingene.",
                 "Kort samling med de samme tre billeder hver dag; høreværn inden for "
                 "rækkevidde.", "Susanne", "Dagligt kl. 9"),
        GoalSpec("language", "Bảo bruger 2-ordssætninger på dansk eller vietnamesisk for at bede "
                             "om noget (fx »mere vand«).",
                 "Bảo sætter selv to ord sammen uden at den voksne siger dem først.",
                 "Den voksne venter, giver to valg og gentager Bảos ord med ét ord mere. "
                 "Forældrene gør det samme på vietnamesisk.",
                 "Susanne, forældrene og talehørekonsulenten", "Dagligt i måltider og leg"),
        GoalSpec("emotional", "Bảo kan klare skift mellem aktiviteter med billedstøtte uden at "
                              "blive meget ked af det.",
                 "Bảo kigger selv på dagsskemaet og går videre efter en kort pause.",
                 "Billede af næste aktivitet vises 2 minutter før skiftet; timeglas ved "
                 "afslutning.", "Susanne og forældrene", "Ved alle skift"),
        GoalSpec("social", "Bảo kan lege turtagningsleg (rulle bold frem og tilbage) med en voksen "
                           "og et andet barn.",
                 "Bảo venter på sin tur og ser på det andet barn.",
                 "Korte lege med bold og bilbane sammen med Freja; den voksne siger »din tur«.",
                 "Susanne", "3 gange om ugen"),
    ),
    development=(("language", 0.55), ("social_contact", 0.6), ("cognition", 1.0),
                 ("fine_motor", 0.95)),
    background="Bảo blev indstillet af sundhedsplejen, fordi sproget ikke kom, og fordi han "
               "reagerede meget kraftigt på lyde og skift. Han er visiteret til 3 pladser og er "
               "henvist til udredning for autisme.",
    resources="Bảo er skarp til puslespil, mønstre og tal. Han er glad for vand og tog og kan "
              "fordybe sig længe. Forældrene er tætte på ham og bruger billedstøtte derhjemme.",
    challenges="Bảo bliver overvældet af lyde og uventede skift og kan kaste sig ned og græde "
               "længe. Han bruger få ord og søger sjældent andre børn.",
    parent_agreements="Forældrene taler vietnamesisk med Bảo derhjemme; det støtter sproget. "
                      "Dagsskemaet tages med hjem i weekenden. Forældrene orienterer om "
                      "udredningen, når der er nyt.",
    focus=(
        ("language", "Aflevering om morgenen",
         "{n} pegede på billedet af toget i dagsskemaet og sagde »tog – ud«."),
        ("social", "Leg på gulvet i stuen",
         "{n} rullede bolden tilbage til Freja tre gange og ventede på sin tur."),
        ("senses", "Udeleg i haven",
         "{n} dækkede ørerne, da naboens plæneklipper startede, og gik selv hen i sit "
         "hjørne med høreværnet."),
        ("cognition", "Leg på gulvet i stuen",
         "{n} sorterede alle de røde og blå klodser i hver sin kasse og kiggede op "
         "på mig, da {h} var færdig."),
    ),
    next_meeting_in_days=26,
)

OSKAR = ChildSpec(
    "oskar", "Oskar", "Bjørn Lauritsen", False, 22, "511", "mette", 2, 13,
    special_needs="Epilepsi med anfald, ofte ved træthed eller feber. Let forsinket motorik og "
                  "sprog. Skal altid være under opsyn ved vand og i højden.",
    diagnoses="Epilepsi (fokale anfald), i medicinsk behandling. Følges af børneafdelingen.",
    allergies="Ingen kendte.",
    medication="Orfiril (valproat) mikstur morgen og aften – gives hjemme. Ved anfald over 3 "
               "minutter: Buccolam (midazolam) 5 mg i kinden efter anfaldsplanen, ring 112 og "
               "derefter til forældrene. Anfaldsmedicinen ligger i den røde taske i køkkenet.",
    routines="Afleveres kl. 7.30 af mor. Fast søvnrytme: lur kl. 10.30 og en kort lur kl. 14. "
             "Anfaldsdagbogen udfyldes samme dag og sendes med hjem. Ingen vandleg uden en "
             "voksen ved siden af.",
    what_works="Jeg bliver glad, når der er god tid om morgenen, og jeg må være tæt på dig, når "
               "jeg lige er kommet. Lad mig sove, når jeg er træt – så får jeg færre anfald. "
               "Jeg elsker biler, klodser og at banke på gryder.",
    languages="Dansk",
    guardians=(
        GuardianSpec("Camilla Bjørn", "Mor", True, "28 74 10 56", "camilla.bjorn@eksempel.dk",
                     "Vonsildvej 201, 6000 Kolding"),
        GuardianSpec("Thomas Lauritsen", "Far", True, "28 74 10 57",
                     "thomas.lauritsen@eksempel.dk", "Vonsildvej 201, 6000 Kolding"),
    ),
    partners=("health_visitor", "physio"),
    goals=(
        GoalSpec("gross_motor", "Oskar kan gå selv på plant gulv.",
                 "Oskar slipper møblerne og går fem-seks skridt hen til en voksen.",
                 "Gåleg mellem to voksne; skubbevogn med sandsække.", "Mette og forældrene",
                 "Dagligt"),
        GoalSpec("language", "Oskar siger 10 ord, som de voksne omkring ham forstår.",
                 "Oskar bruger ordene på eget initiativ og ikke kun som efterligning.",
                 "Billedbøger og sang med dyrelyde; den voksne sætter ord på det, Oskar peger "
                 "på.", "Mette og forældrene", "Dagligt"),
        GoalSpec("gross_motor", "Oskar kan gå op ad trappen til rutsjebanen med én hånd i "
                                "gelænderet.",
                 "Oskar sætter selv foden op og holder fast uden at den voksne holder ham.",
                 "Trappetræning på legepladsen med en voksen tæt bag ham.",
                 "Mette og fysioterapeut Camilla Friis", "3 gange om ugen"),
        GoalSpec("sleep_eating", "Oskar har en fast søvnrytme med to lure, så han ikke bliver "
                                 "overtræt.",
                 "Oskar falder til ro inden for 10 minutter og har færre anfald ved træthed.",
                 "Faste tider for lur og samme puttesang hos Mette og derhjemme.",
                 "Mette og forældrene", "Hver dag"),
    ),
    development=(("gross_motor", 0.8), ("language", 0.7), ("fine_motor", 0.9)),
    background="Oskar fik sit første anfald som 5 måneder gammel og blev visiteret til "
               "Mini-dagplejen med 2 pladser, fordi han har brug for en voksen, der altid er "
               "tæt på, og en rolig dag med faste søvntider.",
    resources="Oskar er glad og nysgerrig og søger de voksne. Han er god til at vise, hvad han "
              "vil, og elsker biler og musik.",
    challenges="Anfaldene kommer oftest ved træthed og feber. Efter et anfald er Oskar træt "
               "resten af dagen. Motorik og sprog er lidt forsinket.",
    parent_agreements="Forældrene giver besked om natten og om medicinændringer hver morgen. "
                      "Mette udfylder anfaldsdagbogen. Anfaldsplanen gennemgås ved hvert "
                      "statusmøde.",
    focus=(
        ("gross_motor", "Gåtur",
         "{n} gik selv hele vejen ned til postkassen med mig i hånden og pegede "
         "på bilerne."),
        ("language", "Udeleg i haven",
         "{n} sagde »bil« og »mor« i dag – og »vov«, da naboens hund gøede."),
        ("gross_motor", "Tur til legepladsen",
         "{n} gik op ad de tre trin til rutsjebanen med én hånd i gelænderet og "
         "satte sig selv klar til at rutsje."),
        ("sleep_eating", "Putning til middagslur",
         "{n} faldt i søvn kl. 10.30 uden protest og sov en time. Ingen tegn på "
         "anfald i dag."),
    ),
    next_meeting_in_days=33,
    extra={"events": (
        "Kl. 10.05 havde {n} et kort anfald (ca. 1 minut) med stivhed i højre arm. {H} kom sig "
        "hurtigt, var træt bagefter og sov. Anfaldsdagbogen er udfyldt, og mor er orienteret.",
        "{n} havde feber (38,6) og et anfald på ca. 2 minutter under formiddagsmaden. Anfaldet "
        "stoppede af sig selv. Far hentede {o} kl. 11. Anfaldsdagbogen er udfyldt.",
    )},
)

VILLADS = ChildSpec(
    "villads", "Villads", "Ærbøll", False, 38, "679", "jytte", 3, 18,
    special_needs="Bor i plejefamilie. Svær fødevareallergi med risiko for anafylaksi. Urolig "
                  "ved overgange og har brug for én fast voksen. Forsinket sprog.",
    diagnoses="Svær allergi over for jordnødder, trænødder og æg (anafylaksi i 2. leveår). "
              "Forsinket sprogudvikling.",
    allergies="Jordnødder, trænødder (alle nødder) og æg – ANAFYLAKSI. Ingen mad mærket »kan "
              "indeholde spor af nødder«.",
    medication="EpiPen Junior 150 mikrogram: én i køkkenskabet og én i pusletasken (med på "
               "ture). Ved tegn på allergisk reaktion: giv EpiPen i låret, ring 112 og derefter "
               "til plejemor. Aerius mikstur ved lette symptomer.",
    routines="Afleveres kl. 8 af plejemor eller plejefar. Samvær med mor hver anden torsdag "
             "(hentes kl. 13). Madpakken kommer altid hjemmefra; ingen deling af mad. Lur kl. "
             "12-13.",
    what_works="Jeg har brug for at vide, hvem der henter mig. Sig det om morgenen og igen efter "
               "frokost. Jeg kan lide at hjælpe med at tørre bordet af og at fodre fuglene. Når "
               "jeg bliver vred, skal du holde om mig og ikke skælde ud – så falder jeg til ro.",
    languages="Dansk",
    guardians=(
        GuardianSpec("Nadia Ærbøll", "Mor", True, "31 62 07 48", "nadia.aerboll@eksempel.dk",
                     "Fynsvej 17, st. tv., 6000 Kolding"),
        GuardianSpec("Hanne Holm", "Plejemor", False, "24 19 83 20", "hanne.holm@eksempel.dk",
                     "Egevej 4, 6640 Lunderskov"),
        GuardianSpec("Søren Holm", "Plejefar", False, "24 19 83 21", "soren.holm@eksempel.dk",
                     "Egevej 4, 6640 Lunderskov"),
    ),
    partners=("social", "speech"),
    goals=(
        GoalSpec("emotional", "Villads kan sige farvel til plejemor ved lågen og lade sig trøste "
                              "af Jytte inden for 5 minutter.",
                 "Villads vinker og går selv ind med Jytte; gråden stopper hurtigere.",
                 "Fast farvel-ritual ved lågen; Jytte tager imod hver morgen.",
                 "Jytte og plejeforældrene", "Hver morgen"),
        GoalSpec("language", "Villads bruger ord i stedet for at slå, når han er vred (fx "
                             "»nej«, »stop«, »min«).",
                 "Villads siger »stop« eller »min« og kigger efter en voksen i stedet for at slå.",
                 "Den voksne sætter ord på følelsen og giver Villads ordene; ros, når han "
                 "bruger dem.", "Jytte, plejeforældrene og talehørekonsulenten",
                 "I alle konflikter"),
        GoalSpec("social", "Villads kan vente på sin tur i en leg med et andet barn med støtte "
                           "fra en voksen.",
                 "Villads venter kort og ser på det andet barn uden at tage legetøjet.",
                 "Korte turtagningslege med ét andet barn i legestuen; timeglas.",
                 "Jytte", "2 gange om ugen i legestuen"),
        GoalSpec("self_care", "Villads ved, at han kun spiser af sin egen madkasse.",
                 "Villads siger »min mad« og rækker ikke ud efter andres mad.",
                 "Fast plads og egen madkasse med billede; samtale om »Villads' mad«.",
                 "Jytte og plejeforældrene", "Ved alle måltider"),
    ),
    development=(("language", 0.7), ("emotional", 0.75), ("social_contact", 0.8)),
    background="Villads blev anbragt i plejefamilie som 1½-årig og kom i Mini-dagplejen kort "
               "efter med 3 pladser. Han har en svær fødevareallergi, forsinket sprog og har "
               "brug for en fast, forudsigelig voksen.",
    resources="Villads er hjælpsom og glad for praktiske opgaver og dyr. Han knytter sig til "
              "Jytte og plejeforældrene og søger trøst hos dem.",
    challenges="Villads bliver urolig omkring samvær og skift og kan slå, når han ikke kan "
               "forklare sig. Allergien kræver skarp kontrol med al mad.",
    parent_agreements="Mor og plejeforældre får samme information. Plejemor giver besked om "
                      "samvær og ændringer.",
    focus=(
        ("emotional", "Aflevering om morgenen",
         "{n} vinkede farvel til plejemor ved lågen og tog selv min hånd."),
        ("language", "Legestue med de andre dagplejere",
         "{n} sagde »stop, min!« til en anden dreng i legestuen i stedet for at slå "
         "og kiggede på mig bagefter."),
        ("self_care", "Frokost",
         "{n} pegede på sin madkasse og sagde »min mad«, da en anden dreng "
         "spiste rosiner."),
        ("nature", "Udeleg i haven",
         "{n} hjalp med at fylde foderbrættet og holdt øje med mejserne i lang tid."),
    ),
    next_meeting_in_days=47,
    extra={"crisis": (
        "Efter samværet i går var {n} meget urolig. {H} græd i lang tid ved afleveringen og "
        "ville ikke slippe plejemor. Lod sig først trøste efter 25 minutter.",
        "{n} slog ud efter mig flere gange i dag og gemte sig under bordet. {H} sov uroligt til "
        "middag. Plejemor fortæller om uro om natten.",
        "{n} spiste næsten intet og sad meget stille. {H} sagde »mor væk« flere gange. Jeg har "
        "talt med plejemor og orienteret konsulenten.",
        "Voldsom gråd ved afhentning, da det ikke var plejemor, men plejefar, der kom. {n} "
        "kastede sig ned og var svær at nå.",
    )},
)

FREJA = ChildSpec(
    "freja", "Freja", "Lykke Dalgaard", True, 25, "802", "susanne", 2, 13,
    special_needs="Forsinket sprog og nedsat hørelse i perioder (væske i mellemøret). Har brug "
                  "for tydelig, visuel kommunikation og at den voksne er tæt på, når der tales.",
    diagnoses="Sprogforsinkelse. Tilbagevendende mellemørebetændelse; dræn i begge ører (lagt "
              "to gange). Følges af talehørekonsulent.",
    allergies="Mælkeproteinallergi (genvurderes ved 3 år).",
    medication="Ingen fast. Øredråber efter lægens anvisning ved udflåd (gives hjemme).",
    routines="Afleveres kl. 7.30 af far, hentes kl. 15 af mor. Mælkefri kost (havredrik "
             "hjemmefra). Lur i barnevogn udenfor kl. 11.30-13. Sprogkufferten bruges 10 "
             "minutter om formiddagen.",
    what_works="Kom ned i min højde og se på mig, når du taler til mig – så hører jeg dig "
               "bedst. Jeg elsker bøger med dyr og at efterligne lyde. Jeg bliver frustreret, "
               "når jeg ikke bliver forstået; gæt med mig og vis mig ordet.",
    languages="Dansk",
    guardians=(
        GuardianSpec("Maria Lykke Dalgaard", "Mor", True, "40 55 28 19",
                     "maria.dalgaard@eksempel.dk", "Søndervang 30, 6000 Kolding"),
        GuardianSpec("Kasper Dalgaard", "Far", True, "40 55 28 20",
                     "kasper.dalgaard@eksempel.dk", "Søndervang 30, 6000 Kolding"),
    ),
    partners=("speech", "health_visitor"),
    goals=(
        GoalSpec("language", "Freja peger og siger en lyd, når hun vil have noget.",
                 "Freja peger og kigger skiftevis på tingen og den voksne.",
                 "Ting placeres synligt men uden for rækkevidde; den voksne venter.",
                 "Susanne og forældrene", "Dagligt"),
        GoalSpec("language", "Freja bruger 20 ord og sætter to ord sammen i leg (fx »mere bold«).",
                 "Freja siger nye ord uden at efterligne og prøver to ord sammen.",
                 "Sprogkufferten hver formiddag; den voksne gentager og udvider Frejas ord.",
                 "Susanne, forældrene og talehørekonsulenten",
                 "Dagligt; talehørekonsulent hver 3. uge"),
        GoalSpec("social", "Freja kan lege ved siden af Bảo i 10 minutter med fælles legetøj.",
                 "Freja bliver i legen og rækker legetøj til det andet barn.",
                 "Korte lege med vand, sand og bilbane; den voksne sidder med.", "Susanne",
                 "3 gange om ugen"),
        GoalSpec("culture", "Freja deltager i sangstunden med lyde og fagter til tre kendte sange.",
                 "Freja laver fagterne og siger lyde på de rigtige steder.",
                 "Sangstund med de samme sange og sangkort hver dag.", "Susanne",
                 "Dagligt kl. 10"),
    ),
    development=(("language", 0.6), ("social_contact", 0.95), ("gross_motor", 1.0)),
    background="Freja blev indstillet af sundhedsplejen på grund af sen sprogudvikling og "
               "hyppige mellemørebetændelser. Hun er visiteret til 2 pladser med fokus på sprog "
               "og hørelse.",
    resources="Freja er motorisk sikker, glad for bøger og dyr og meget opmærksom på mimik. "
              "Forældrene læser med hende hver dag.",
    challenges="Hørelsen svinger med væsken i ørerne. Freja bliver frustreret, når hun ikke "
               "bliver forstået, og trækker sig fra leg med andre børn.",
    parent_agreements="Forældrene giver besked, når ørerne driller. Sprogkufferten går på skift "
                      "mellem hjem og dagpleje. Forældrene deltager i talehørekonsulentens "
                      "forældrekursus.",
    focus=(
        ("language", "Leg på gulvet i stuen",
         "{n} sagde »mere bold« i dag – første gang med to ord sammen!"),
        ("culture", "Sangstund",
         "{n} lavede fagterne til »Lille Peter Edderkop« og sagde »op op« på de "
         "rigtige steder."),
        ("social", "Vandleg",
         "{n} sad ved siden af Bảo ved vandbaljen og rakte ham en kop."),
        ("language", "Højtlæsning",
         "{n} pegede på koen i bogen og sagde »muh« og »ko«."),
    ),
    next_meeting_in_days=61,
)

LUCJA = ChildSpec(
    "lucja", "Łucja", "Kowalska", True, 10, "", None, 3, 0,
    special_needs="Født for tidligt (uge 31). Lav muskeltonus og forsinket motorik; spiser "
                  "langsomt og småt. Familien er flyttet til Danmark for fire måneder siden og "
                  "har ikke netværk her.",
    diagnoses="Præmatur fødsel (uge 31). Hypotoni under udredning.",
    allergies="Ingen kendte.",
    medication="D-vitamin og jerndråber.",
    routines="Spiser 6 gange dagligt i små portioner. Sover to lure. Er vant til at blive båret "
             "meget.",
    what_works="Jeg falder til ro, når jeg bliver båret og hører min mors polske vuggeviser. "
               "Jeg kan lide at ligge på maven på et tæppe, hvis der er noget spændende at se "
               "på.",
    languages="Polsk (forældrene taler også engelsk)",
    guardians=(
        GuardianSpec("Agnieszka Kowalska", "Mor", True, "52 80 34 71",
                     "agnieszka.kowalska@eksempel.dk", "Kongebrovej 8, 2. tv., 6000 Kolding",
                     "Polsk og engelsk"),
        GuardianSpec("Tomasz Kowalski", "Far", True, "52 80 34 72", "tomasz.kowalski@eksempel.dk",
                     "Kongebrovej 8, 2. tv., 6000 Kolding", "Polsk og engelsk"),
    ),
    partners=("health_visitor",),
    referral_reason="Łucja er født i uge 31 og har lav muskeltonus. Hun er motorisk 3-4 måneder "
                    "bagud for korrigeret alder og har spisevanskeligheder. Familien har ikke "
                    "netværk i Danmark, og mor er alene med Łucja i dagtimerne. Sundhedsplejen "
                    "vurderer, at Łucja har brug for en rolig ramme med én fast voksen, lav "
                    "smitterisiko og målrettet motorisk stimulering, og indstiller til "
                    "Mini-dagplejen med 3 pladser.",
)

CHILDREN = (ALMA, ZOE, BAO, OSKAR, VILLADS, FREJA, LUCJA)
