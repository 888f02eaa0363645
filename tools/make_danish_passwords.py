"""Regenerate resources/passwords/common-passwords.txt (see the README beside it).

    python tools/make_danish_passwords.py PATH/TO/django/contrib/auth/common-passwords.txt.gz \
        > resources/passwords/common-passwords.txt

Writes Django's list (in its order) followed by the Danish words, names, cities,
football clubs and keyboard runs below with common suffixes (years, 123, !), lower-case
and without the entries Django already has. The app compares case-insensitively.
"""
import gzip
import itertools
import sys

django = [l.strip() for l in gzip.open(sys.argv[1], "rt", encoding="utf-8") if l.strip()]

words = """
kodeord adgangskode password passord sommerfugl hemmelig hemmeligt velkommen mariehøne
marihøne solskin sommer vinter foraar forår efteraar efterår kaerlighed kærlighed elskerdig
jegelskerdig hejmeddig hejsa hejhej hej godmorgen godnat tusindtak danmark dannebrog
københavn kobenhavn koebenhavn aarhus århus odense aalborg ålborg esbjerg randers kolding
horsens vejle roskilde herning silkeborg næstved naestved fredericia viborg køge koge holstebro
slagelse hillerød hilleroed svendborg sønderborg sonderborg hjørring hjoerring frederikshavn
skagen bornholm fyn sjælland sjaelland jylland
fodbold håndbold haandbold cykel hygge hyggelig smørrebrød smoerrebroed rødgrød rodgrod
rugbrød rugbroed frikadeller flæskesteg kanelsnegl wienerbrød lakrids pebernød pebernoed
julemand julemanden nisse jul julen påske paaske fastelavn sankthans
kattekilling killingen kanin hundehvalp hund hunden kat katten hest hesten pony ponyen
bamse bamsen mormor morfar farmor farfar mor far mormor1 moster faster onkel
skat skatter skattebasse søde sode søs lillesøster lillebror storebror storesøster
prinsesse prins kongen dronningen konge dronning
familie familien børn boern børnene boernene barn barnet baby babyen
dagpleje dagplejer dagplejen minidagpleje vuggestue børnehave boernehave skole
kommune kommunen sekretær sekretaer kontor kontoret pædagog paedagog konsulent
computer internet sikkerhed sikker adgang login logind bruger brugernavn
abc123 qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm æøå aeoeaa qwertyæøå
fckøbenhavn fckobenhavn brøndby broendby brondby brøndbyif fcmidtjylland fcm agf agfaarhus
aab aalborgbk obodense ob fcnordsjælland fcnordsjaelland randersfc vejleboldklub
silkeborgif sønderjyske sonderjyske lyngby viborgff hobro acHorsens achorsens fcfredericia
esbjergfb hvidovre fcroskilde liverpool manchester manchesterunited arsenal chelsea barcelona
realmadrid juventus bayern ronaldo messi laudrup schmeichel eriksen hojbjerg højbjerg
legoland lego tivoli bakken
""".split()

names = """
anne kirsten hanne mette lene susanne marianne karen camilla louise maria charlotte pia
tina bente helle lone jette inge birgitte lisbeth julie sofie emma ida freja clara ella
alma laura karla josefine anna mathilde agnes olivia nora caroline signe line maja emilie
sara frida luna isabella victoria cecilie amalie astrid esther liva malou naja rikke trine
peter jens lars michael henrik thomas søren soren niels anders jan hans morten jesper
mads rasmus christian martin jørgen jorgen kim ole per poul erik bo torben brian kasper
jakob frederik william noah oscar lucas carl emil victor aksel alfred oliver malthe elias
magnus august valdemar arthur theo felix villads mikkel nikolaj sebastian simon tobias
jonas mathias philip johan anton bjørn bjorn ulla grethe birthe gitte dorthe merete
""".split()

suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "69", "007",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026"] + \
           [str(y) for y in range(1970, 2020)]
out = set()
def add(p):
    if p and len(p) <= 64 and not any(c.isspace() for c in p):
        out.add(p)
for w in words + names:
    for base in {w}:
        for s in suffixes:
            add(base + s)
    add(w + w)
    add(w + "dk")
    add(w + ".dk")
    add("jegelsker" + w)
    add("ilove" + w)
# numeric and keyboard runs
for n in range(4, 21):
    add("".join(str(i % 10) for i in range(1, n + 1)))
    add("".join(str(i % 10) for i in range(n, 0, -1)))
for d in "0123456789":
    for n in range(6, 17):
        add(d * n)
for c in "abcdefghijklmnopqrstuvwxyzæøå":
    for n in range(6, 17):
        add(c * n)
for kb in ["qwerty", "qwertyuiop", "qwertyuiopå", "asdfghjkl", "asdfghjklæø", "zxcvbnm", "1qaz2wsx",
           "qazwsx", "qwertz", "azerty", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "abcdef", "abcdefgh"]:
    for s in ["", "1", "12", "123", "1234", "12345", "123456", "!", "2024", "2025", "æøå"]:
        add(kb + s)
for a, b in itertools.product(["hej"], ["123", "1234", "12345", "123456", "1234567",
                                                      "12345678", "123456789", "med", "meddig",
                                                      "meddig123", "hej", "hej123", "dig", "dig123"]):
    add(a + b)
danish = sorted({p.lower() for p in out} - {p.lower() for p in django})
sys.stdout.write("\n".join(django + danish) + "\n")
print(f"{len(django)} from Django, {len(danish)} Danish", file=sys.stderr)
