<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="33"/>
        <source>Ukendt alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="34"/>
        <source>CPR {cpr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="35"/>
        <source>Intet CPR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="37"/>
        <source>Ikke indskrevet i et dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="24"/>
        <source>Registrér fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="25"/>
        <source>Børnene i hjemmet skal have gæstepleje i perioden. Når fraværet er gemt, ser du de berørte børn og forslag til gæstehjem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="29"/>
        <source>Vælg dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="34"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="37"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="39"/>
        <source>Til og med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="42"/>
        <source>til og med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="46"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="50"/>
        <source>Årsag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="52"/>
        <source>fx aftalt med forældrene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="53"/>
        <source>Bemærkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="54"/>
        <source>Registrér fraværet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="65"/>
        <source>Vælg dagplejehjemmet, hvor dagplejeren er fraværende.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsencesView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="41"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="60"/>
        <source>Fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="47"/>
        <source>Vis fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="48"/>
        <source>Kommende og seneste måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="49"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="51"/>
        <source>Registrér fravær …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="56"/>
        <source>Når en dagplejer er syg, holder ferie, er på kursus eller har fri, skal hendes børn passes i gæstepleje hos en almindelig dagplejer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="59"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="59"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="59"/>
        <source>Årsag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="126"/>
        <source>Fraværet i {home} {period} er registreret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="55"/>
        <source>Bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="60"/>
        <source>&amp;Vedhæft foto eller dokument …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="61"/>
        <source>Vedhæft foto eller dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="62"/>
        <source>Fjern bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="63"/>
        <source>Fjern det valgte bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="68"/>
        <source>Fejl ved bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="103"/>
        <source>Vælg foto eller dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="105"/>
        <source>Billeder og dokumenter (*.png *.jpg *.jpeg *.gif *.webp *.heic *.pdf *.txt *.doc *.docx);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="133"/>
        <source>Filen »%1« findes ikke længere og er ikke vedhæftet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="135"/>
        <source>Filen »%1« kan ikke læses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="164"/>
        <source> – ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="167"/>
        <source>Gemmes sammen med observationen, når du trykker Gem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="174"/>
        <source>Ingen bilag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="41"/>
        <source>Fremskridt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="42"/>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CafeDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="28"/>
        <source>Planlæg småbørnscafé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="29"/>
        <source>Når barnet er omkring 1½ år, mødes familien med sundhedsplejerske, småbørnskonsulent, fysioterapeut og talehørekonsulent. De fælles noter gemmes kun, når forældrene har givet samtykke til deling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="34"/>
        <source>Vælg barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="37"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="40"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="42"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="43"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="45"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="49"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="51"/>
        <source>fx Sundhedsplejens lokaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="52"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="63"/>
        <source>Fagpersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="64"/>
        <source>Invitér forældrene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="67"/>
        <source>Planlæg caféen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="72"/>
        <source>Vælg barnet, caféen er for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CafeNotes</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="32"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="38"/>
        <source>Fælles noter fra caféen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="33"/>
        <source>Noterne deles med de fagpersoner, der var med, og gemmes kun, når forældrene har givet samtykke til deling med samarbejdsparter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="45"/>
        <source>Registrér samtykke …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="48"/>
        <source>Gem fælles noter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="32"/>
        <source>Eksportér til Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="37"/>
        <source>Eksportér til Outlook (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="38"/>
        <source>Filen kan åbnes i Outlook, Google Kalender og Apple Kalender. Tiderne står i dansk tid, også hen over skift til og fra sommertid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="41"/>
        <source>En periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="43"/>
        <source>De valgte punkter i kalenderen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="50"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="55"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="52"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="57"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="62"/>
        <source>Medtag fulde navne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="66"/>
        <source>Uden flueben står kun mødetype og initialer i filen (fx »Statusmøde – Å.Ø.«): ingen navne, steder eller mål. Filen er ikke krypteret; del den kun sikkert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="75"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="76"/>
        <source>Eksportér …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="103"/>
        <source>Perioden slutter før den begynder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="109"/>
        <source>Gem kalenderfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="110"/>
        <source>iCalendar-filer (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="71"/>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="75"/>
        <source>Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="76"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="79"/>
        <source>Næste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="86"/>
        <source>Måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="87"/>
        <source>Uge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="100"/>
        <source>Flyt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="102"/>
        <source>Flyt det valgte møde til en anden dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="103"/>
        <source>Eksportér til Outlook (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="105"/>
        <source>Planlæg møde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="208"/>
        <source>Uge {week} · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="247"/>
        <source>{n} valgt. Ctrl-klik for at vælge flere; »Eksportér« kan tage de valgte med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="251"/>
        <source>Dobbeltklik på en dag for at planlægge et møde. Træk et møde til en anden dag, eller vælg det og klik »Flyt«, for at flytte det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="264"/>
        <source>Tilsynet er registreret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="279"/>
        <source>{title} er planlagt {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="302"/>
        <source>{title} er flyttet til {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="333"/>
        <source>{n} punkter er gemt i {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="137"/>
        <source>Aflys møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="138"/>
        <source>Hvorfor aflyses mødet? (skrives i mødets referat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="142"/>
        <source>Årsag til aflysning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="145"/>
        <source>Aflys mødet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDetailView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="71"/>
        <source>← Tilbage til børnelisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="72"/>
        <source>Tilbage til børnelisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="73"/>
        <source>Tilbage til børnelisten (Alt+Venstre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="75"/>
        <source>Ny observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="78"/>
        <source>Ny observation af barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="99"/>
        <source>&amp;Observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="100"/>
        <source>&amp;Udvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="101"/>
        <source>&amp;Trivsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="102"/>
        <source>&amp;Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="103"/>
        <source>&amp;Stamdata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="131"/>
        <source>Barn: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="67"/>
        <source>Næste møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="71"/>
        <source>Planlæg næste møde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="89"/>
        <source>Handleplanen fra mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="96"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="101"/>
        <source>Godkendt den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="99"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="103"/>
        <source>Underskrevet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="100"/>
        <source>Navne adskilt med komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="107"/>
        <source>Godkend kladden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="110"/>
        <source>Udskriv handleplan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="118"/>
        <source>Tidligere versioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="134"/>
        <source>Opret handleplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="160"/>
        <source>Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="174"/>
        <source>Mødet skal være afholdt, før der laves en ny handleplan. Skriv referatet under »2 Afholdelse«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="191"/>
        <source>Ny version {n} af handleplanen ud fra mødet. Felterne er udfyldt fra den gældende handleplan og mødets beslutninger; ret dem til, og godkend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="211"/>
        <source>, godkendt {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="213"/>
        <source>Version {n} – {status}{when}, {goals} mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="218"/>
        <source>Vis …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="219"/>
        <source>Vis version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="230"/>
        <source>Handleplanen (version {n}) er godkendt den {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="233"/>
        <source>Handleplanen (version {n}) er en kladde. Godkend den med dato og underskrifter, når den er underskrevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="236"/>
        <source>Handleplanen (version {n}) er erstattet af en nyere version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="247"/>
        <source>Sæt en dato for næste evaluering i handleplanen, så foreslås næste møde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="250"/>
        <source>Forslag ud fra handleplanens evalueringsdato: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="256"/>
        <source>Næste møde er planlagt: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="279"/>
        <source>Råd efter SMTTE:
{hints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="334"/>
        <source>Gem handleplan som PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="31"/>
        <source>Handleplan, udvikling og trivsel, mål og udvalgte observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="33"/>
        <source>Observationer, mål, handleplan og referater af statusmøder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="35"/>
        <source>Billeder fra hverdagen i dagplejen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="60"/>
        <source>Registrér samtykke – {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="68"/>
        <source>Samtykket skal komme fra en forælder med forældremyndighed og sige, hvilke oplysninger der må gives til hvem og hvorfor. Det kan trækkes tilbage når som helst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="76"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="121"/>
        <source>Forælder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="77"/>
        <source>Henter forældre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="80"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="122"/>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="85"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="123"/>
        <source>Modtagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="88"/>
        <source>Én modtager pr. linje, fx Børnehaven Solsikken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="92"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="124"/>
        <source>Oplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="99"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="128"/>
        <source>Givet den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="101"/>
        <source>Udløber den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="104"/>
        <source>Udløbsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="129"/>
        <source>Gyldighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="130"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="137"/>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="139"/>
        <source>Registrér samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="173"/>
        <source> – uden forældremyndighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="178"/>
        <source>Ingen forældre registreret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="180"/>
        <source>Der er ingen forældre registreret hos barnet. Tilføj forælderen på barnets side først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="209"/>
        <source>Vælg den forælder, der giver samtykket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTable</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="29"/>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="30"/>
        <source>Modtagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="31"/>
        <source>Forælder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="32"/>
        <source>Givet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="33"/>
        <source>Udløber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="34"/>
        <source>Tilbagekaldt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="35"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="114"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="133"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="170"/>
        <source>Samtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="116"/>
        <source>Registrér samtykke …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="118"/>
        <source>Tilbagekald …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="120"/>
        <source>Forælderen trækker samtykket tilbage fra i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="121"/>
        <source>Udløb …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="123"/>
        <source>Samtykkets periode slutter i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="154"/>
        <source>Givet videre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="169"/>
        <source>Samtykker for {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="197"/>
        <source>Vælg et barn for at se samtykkerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="199"/>
        <source>Der er ikke registreret samtykker for barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="201"/>
        <source>{count} samtykker, heraf {valid} gyldige i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="231"/>
        <source>Intet er givet videre til andre om barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="235"/>
        <source>{when}: til {recipient} under samtykke {ref} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="243"/>
        <source>… og {n} tidligere (se barnets mappe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="264"/>
        <source>Vælg et samtykke for at se, hvad det omfatter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="267"/>
        <source>Samtykke {ref} omfatter: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="288"/>
        <source>Samtykket er registreret ({ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="302"/>
        <source>{what} til {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="307"/>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="316"/>
        <source>Tilbagekald samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="317"/>
        <source>Vil du registrere, at {guardian} har trukket samtykket til {what} tilbage fra i dag?

Der kan ikke længere gives oplysninger videre under det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="319"/>
        <source>forælderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="321"/>
        <source>Tilbagekald samtykket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="325"/>
        <source>Samtykket er trukket tilbage fra i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="331"/>
        <source>Lad samtykket udløbe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="332"/>
        <source>Vil du lade samtykket til {what} udløbe i dag?

Der kan ikke længere gives oplysninger videre under det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="334"/>
        <source>Lad det udløbe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="338"/>
        <source>Samtykket er udløbet i dag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDetailPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="69"/>
        <source>Brugte timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="72"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="72"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="187"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="72"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="73"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="73"/>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="74"/>
        <source>Sessioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="85"/>
        <source>Ret planlagt afslutning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="87"/>
        <source>Tilføj session …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="90"/>
        <source>Afslut forløb …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="125"/>
        <source>Vælg et forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="127"/>
        <source>Vælg et forløb på listen for at se det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="147"/>
        <source>Alle forløbets timer er brugt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="151"/>
        <source>startet {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="159"/>
        <source>Ikke inviteret: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="173"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="174"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="186"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="175"/>
        <source>Timer om ugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="176"/>
        <source>Planlagt afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="178"/>
        <source>Senest (40 uger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="179"/>
        <source>Opstartsmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="181"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="183"/>
        <source>Dagtilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="184"/>
        <source>Udfordring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="196"/>
        <source>Timebudget: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="231"/>
        <source>Den planlagte afslutning er nu {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="236"/>
        <source>Sessionen er gemt. {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="241"/>
        <source>Forløbet er afsluttet ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="246"/>
        <source>De fælles noter er gemt og registreret som delt med fagpersonerne fra caféen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="61"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="78"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="79"/>
        <source>Forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="65"/>
        <source>Hjemmepædagogisk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="67"/>
        <source>Nyt hjemmepædagogisk forløb (højst 40 uger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="68"/>
        <source>Minivejledning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="70"/>
        <source>Nyt minivejledningsforløb (10 timer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="71"/>
        <source>Småbørnscafé …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="73"/>
        <source>Planlæg småbørnscafé ved 1½ år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="78"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="78"/>
        <source>Omfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="154"/>
        <source>{title} er oprettet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar_views.py" line="136"/>
        <source>+ {n} flere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="30"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="62"/>
        <source>Revisitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="30"/>
        <source>Registrér afgørelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="31"/>
        <source>{child} – indstillet af {referrer} {received}, ønsker {places} pladser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="52"/>
        <source>Afgørelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="57"/>
        <source> pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="59"/>
        <source>Barnet tæller for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="65"/>
        <source>Afgjort den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="67"/>
        <source>Udvalgets begrundelse og bemærkninger (skal udfyldes ved afslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="70"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="71"/>
        <source>Gem afgørelsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentAssessmentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="114"/>
        <source>Tilføj udviklingsvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="128"/>
        <source> mdr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="129"/>
        <source>Udviklingsalder i måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="135"/>
        <source>Fx hvad vurderingen bygger på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="136"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="137"/>
        <source>Udviklingsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="138"/>
        <source>Udviklingsalder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="140"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="149"/>
        <source>Barnets fødselsdato kendes ikke, så vurderingen kan ikke vises i grafen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="153"/>
        <source>Barnets alder den dag: {age}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentChart</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="54"/>
        <source>Udviklingsprofil: udviklingsalder mod alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="68"/>
        <source>Alder (måneder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="69"/>
        <source>Udviklingsalder (måneder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="108"/>
        <source>Alder = udviklingsalder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="142"/>
        <source>{domain}: udviklingsalder {level} mdr. ved alder {age} mdr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentTab</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="109"/>
        <source>som alderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="111"/>
        <source>{n} mdr. under alderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="113"/>
        <source>{n} mdr. over alderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="121"/>
        <source>Tilføj vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="126"/>
        <source>Udviklingsprofil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="127"/>
        <source>Udviklingsalder pr. område sammenlignet med barnets alder. Ligger et punkt under den stiplede linje, er barnet længere fremme i alder end i udvikling på det område.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="149"/>
        <source>Der er endnu ingen udviklingsvurderinger. Tilføj den første med knappen ovenfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="152"/>
        <source>Barnets fødselsdato mangler, så nogle vurderinger kan ikke sammenlignes med alderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="162"/>
        <source>Seneste vurdering pr. område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="169"/>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="169"/>
        <source>Udviklingsalder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="169"/>
        <source>Alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="170"/>
        <source>Forskel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="170"/>
        <source>Vurderet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="170"/>
        <source>Af</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainChecklist</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="64"/>
        <source>Læreplanstemaer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="65"/>
        <source>Praktiske områder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="21"/>
        <source>{title}, startet {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="24"/>
        <source>Forløbet kan senest afsluttes {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="26"/>
        <source>Afslut forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="32"/>
        <source>Sidste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="46"/>
        <source>Årsag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="47"/>
        <source>Afslut forløbet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderTexts</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="27"/>
        <source>Forsiden. Tekst efter en linje med --- står under det farvede bånd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="29"/>
        <source>Feltet, der foldes ind: det første, man ser, når folderen åbnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="31"/>
        <source>Bagsiden, udvendigt i midten. {kontakt} indsætter kontaktadressen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="33"/>
        <source>Indersiden, venstre felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="34"/>
        <source>Indersiden, midterste felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="35"/>
        <source>Indersiden, højre felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="36"/>
        <source>Adressen på folderen, én linje ad gangen. Tom: organisationens adresse fra Indstillinger bruges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="40"/>
        <source># titel  ·  ## overskrift  ·  - punkt  ·  &gt; fremhævet boks  ·  tom linje mellem afsnit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderTextsDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="65"/>
        <source>Folderens tekster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="80"/>
        <source>Folderen er et A4-ark på tværs, foldet i tre: seks felter. Vælg et felt og ret teksten; skriv i et enkelt sprog til forældrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="86"/>
        <source>Felter i folderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="100"/>
        <source>Feltets tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="102"/>
        <source>Henter teksterne …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="105"/>
        <source>Gendan standardtekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="125"/>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="127"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="141"/>
        <source>Kontaktadresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="189"/>
        <source>Tom: organisationens adresse fra Indstillinger bruges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="211"/>
        <source>{n} af {max} tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="221"/>
        <source> · egen tekst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="37"/>
        <source>Opfølgninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39"/>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="59"/>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="74"/>
        <source>Opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39"/>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="65"/>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="74"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39"/>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="67"/>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="75"/>
        <source>Senest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="58"/>
        <source>Hvad skal gøres?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="64"/>
        <source>Hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="69"/>
        <source>Tilføj opfølgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="71"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="73"/>
        <source>Fjern den valgte opfølgning, der ikke er gemt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="141"/>
        <source>Ikke gemt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="158"/>
        <source>Udført {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="160"/>
        <source>Overskredet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="161"/>
        <source>Åben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalChecklist</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="153"/>
        <source>Vælg barnet for at se dets mål.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="180"/>
        <source>Mål: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="185"/>
        <source>Barnet har ingen aktive mål.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="44"/>
        <source>Ret mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="44"/>
        <source>Nyt mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="48"/>
        <source>For {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="64"/>
        <source>Tilføj mål</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEvaluationList</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="37"/>
        <source>Barnet har ingen åbne mål at evaluere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="49"/>
        <source>måldato {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="50"/>
        <source>{n} observationer siden sidste statusmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="57"/>
        <source>Evaluering af {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="59"/>
        <source>Ikke evalueret nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="64"/>
        <source>Evalueringstekst for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="65"/>
        <source>Hvad er set og nået?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="68"/>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/goal_edit.ui" line="16"/>
        <source>Nyt mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="17"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="23"/>
        <location filename="../../ui/goal_edit.ui" line="194"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="32"/>
        <source>&amp;Udviklingsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="34"/>
        <location filename="../../ui/goal_edit.ui" line="46"/>
        <location filename="../../ui/goal_edit.ui" line="61"/>
        <location filename="../../ui/goal_edit.ui" line="76"/>
        <location filename="../../ui/goal_edit.ui" line="91"/>
        <location filename="../../ui/goal_edit.ui" line="104"/>
        <location filename="../../ui/goal_edit.ui" line="117"/>
        <location filename="../../ui/goal_edit.ui" line="129"/>
        <location filename="../../ui/goal_edit.ui" line="163"/>
        <source>fieldLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="39"/>
        <source>Udviklingsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="44"/>
        <source>&amp;Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="51"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="52"/>
        <source>Konkret og til at se, fx »Zoë bruger 10 tegn til tale på eget initiativ«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="59"/>
        <source>&amp;Tegn på udvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="66"/>
        <source>Tegn på udvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="67"/>
        <source>Hvad vil I se, når det går den rigtige vej?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="74"/>
        <source>&amp;Indsats (hvad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="81"/>
        <source>Indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="82"/>
        <source>Hvad gør I konkret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="89"/>
        <source>H&amp;vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="96"/>
        <source>Hvem gør det</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="97"/>
        <source>Fx mini-dagplejer og forældre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="102"/>
        <source>Hvor &amp;ofte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="109"/>
        <source>Hvor ofte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="110"/>
        <source>Fx dagligt ved måltiderne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="115"/>
        <source>&amp;Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="122"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="127"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="134"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="139"/>
        <location filename="../../ui/goal_edit.ui" line="145"/>
        <source>Startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="150"/>
        <location filename="../../ui/goal_edit.ui" line="156"/>
        <source>Måldato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="161"/>
        <source>&amp;Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="168"/>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="169"/>
        <source>Hvad er der set og nået? (udfyldes ved evaluering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="180"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="187"/>
        <source>Historik …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="188"/>
        <source>Se alle ændringer af målet: hvem, hvornår, før og efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="193"/>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="204"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="209"/>
        <source>Gem mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="211"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalHistoryDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="21"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="26"/>
        <source>Historik for mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="30"/>
        <source>Ændringer af målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="31"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="31"/>
        <source>Af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="32"/>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="32"/>
        <source>Før</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="33"/>
        <source>Efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="49"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="56"/>
        <source>Oprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="56"/>
        <source>Ændret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="57"/>
        <source>Evalueret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="57"/>
        <source>Status ændret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="78"/>
        <source>{n} ændringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="79"/>
        <source>Ingen ændringer endnu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="304"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="305"/>
        <source>Barnets mål med status, måldato og hvor mange observationer der er knyttet til målet siden sidste statusmøde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="61"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="63"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="66"/>
        <source>Historik …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="68"/>
        <source>Ret mål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="70"/>
        <source>Nyt mål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="76"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="77"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="97"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="77"/>
        <source>Udviklingsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="78"/>
        <source>Måldato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="78"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="79"/>
        <source>Observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="80"/>
        <source>Barnets mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="83"/>
        <source>Observationer: antal observationer knyttet til målet siden sidste statusmøde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="87"/>
        <source>Handleplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="89"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="91"/>
        <source>Vis handleplan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="96"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="96"/>
        <source>Godkendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="97"/>
        <source>Næste evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="98"/>
        <source>Handleplanens versioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="229"/>
        <source>Målet er gemt: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="249"/>
        <source>Gem handleplan som PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestCarePanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="50"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="56"/>
        <source>Berørte børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="71"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="191"/>
        <source>Forslag til gæstehjem (plads alle dage, nærmeste først)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="75"/>
        <source>Gæstehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="75"/>
        <source>Ledige pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="75"/>
        <source>Afstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="76"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="76"/>
        <source>Forslag til gæstehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="81"/>
        <source>Udskriv taskeseddel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="83"/>
        <source>Aflys gæsteplejen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="85"/>
        <source>Book gæstepleje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="126"/>
        <source>Vælg et fravær for at se de børn, det berører.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="128"/>
        <source>{home}, {reason} {period}: ingen børn er indskrevet i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="133"/>
        <source>{home}, {reason} {period}: {n} børn skal passes andetsteds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="138"/>
        <source>Bemærkning: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="155"/>
        <source>gæstepleje hos {home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="157"/>
        <source>mangler gæstepleje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="174"/>
        <source>Særlige behov: {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="188"/>
        <source>Intet almindeligt dagplejehjem har plads alle dage i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="195"/>
        <source>Booket: gæstepleje hos {home} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="245"/>
        <source>{child} er booket i gæstepleje hos {home} {period}. Giv gæstedagplejeren taskesedlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="261"/>
        <source>Gæsteplejen for {child} er aflyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="274"/>
        <source>Taskeseddel – {child}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="28"/>
        <source>Nyt minivejledningsforløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="29"/>
        <source>Vejledning til et dagtilbud om en konkret udfordring: i alt 10 timer fordelt på videomøder, telefonsamtaler og fysiske møder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="33"/>
        <source>fx Børnehuset Mælkebøtten, vuggestuegruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="34"/>
        <source>Dagtilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="37"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="39"/>
        <source>Ikke valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="44"/>
        <source>Vejleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="46"/>
        <source>Den udfordring, vejledningen handler om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="48"/>
        <source>Udfordring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="49"/>
        <source>Start forløbet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="134"/>
        <source>Pakken til barnets næste institution: følgebrev, om barnet og »Det virker for mig«, udvikling og trivsel, mål, den seneste godkendte handleplan, de observationer du vælger, kontakter og samtykket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="141"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="149"/>
        <source>Modtager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="142"/>
        <source>Institutionens navn, fx Børnehaven Solsikken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="157"/>
        <source>Registrér samtykke …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="167"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="183"/>
        <source>Observationer i pakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="171"/>
        <source>Vælg alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="173"/>
        <source>Vælg ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="179"/>
        <source>Kun observationer, der må deles med samarbejdsparter, kan komme med. Nyeste først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="191"/>
        <source>Når pakken laves, registreres det, at oplysningerne er givet videre: hvad, til hvem, hvornår og under hvilket samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="198"/>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="200"/>
        <source>Lav overleveringspakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="214"/>
        <source>Skriv modtageren for at se samtykket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="224"/>
        <source>Overleveringspakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="233"/>
        <source>Henter observationer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="257"/>
        <source>Ingen af barnets observationer er markeret til deling med samarbejdsparter, så pakken kommer uden observationer. Delingen kan rettes på den enkelte observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="296"/>
        <source>{chosen} af {total} valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="304"/>
        <source>Ser efter samtykke …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="361"/>
        <source>barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="365"/>
        <source>Overleveringspakke til {recipient} – {child}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="52"/>
        <source>Fremmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="57"/>
        <source>Referat pr. dagsordenspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="61"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="64"/>
        <source>Beslutninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="65"/>
        <source>Hvad blev besluttet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="69"/>
        <source>Opfølgning (hvem, hvad, hvornår)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="72"/>
        <source>Evaluering af mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="76"/>
        <source>Nye mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="88"/>
        <source>Gem referat og markér mødet som afholdt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="123"/>
        <source>Mødet er aflyst; der skrives ikke referat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="125"/>
        <source>Mødet er afholdt. Du kan rette referatet og gemme igen; nye opfølgninger og mål lægges til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="128"/>
        <source>Mødet er først den {day}. Referatet kan gemmes, når mødet er holdt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="132"/>
        <source>Skriv referatet under mødet eller lige efter. Alt gemmes samlet, når du klikker »Gem referat«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="140"/>
        <source>Ingen deltagere registreret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="148"/>
        <source>Fremmøde for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="168"/>
        <source>Referat: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="208"/>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="217"/>
        <source>Referatet er gemt, og mødet er afholdt: {f} nye opfølgninger, {e} mål evalueret, {g} nye mål.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePedagogueDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="80"/>
        <source>Nyt hjemmepædagogisk forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="81"/>
        <source>Forløbet foregår i familiens hjem og varer højst 40 uger. Det afsluttes, når målene er nået, eller når familien henvises til en anden indsats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="86"/>
        <source>fx Familien Hansen (to børn på 1 og 3 år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="87"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="89"/>
        <source>Intet bestemt barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="92"/>
        <source>Barn (valgfrit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="94"/>
        <source>Ikke valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="97"/>
        <source>Hjemmepædagog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="100"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="107"/>
        <source> timer om ugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="109"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="112"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="116"/>
        <source>Planlagt afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="118"/>
        <source>De mål, der aftales med familien ved opstartsmødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="121"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="123"/>
        <source>Planlæg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="125"/>
        <source>Opstartsmødets tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="131"/>
        <source>Opstartsmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="132"/>
        <source>Start forløbet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="23"/>
        <source>Planlæg hjemmebesøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="24"/>
        <source>Besøg hos familien til {child} for at afklare barnets pædagogiske behov, før der findes et mini-dagplejehjem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="30"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="33"/>
        <source>Klokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="37"/>
        <source>Formål og noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="38"/>
        <source>Planlæg besøget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSettingsCard</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/language_settings.py" line="27"/>
        <source>&amp;Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/language_settings.py" line="39"/>
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettingsCard</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="24"/>
        <source>Automatisk lås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="26"/>
        <source>Programmet låser sig selv, når det ikke har været brugt i et stykke tid. Det, du er i gang med, bliver liggende, til du låser op med din adgangskode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="30"/>
        <source>&amp;Lås efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="34"/>
        <source> minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="35"/>
        <source>aldrig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="36"/>
        <source>Lås efter antal minutter uden brug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="41"/>
        <source>uden brug (0 = aldrig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="21"/>
        <source>Programmet er låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="24"/>
        <source>%1 er låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="27"/>
        <source>Skriv din adgangskode for at fortsætte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="29"/>
        <source>Log ind – Dagpleje Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="31"/>
        <source>Data: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="49"/>
        <source>Skriv dit brugernavn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="50"/>
        <source>Skriv din adgangskode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../ui/login.ui" line="22"/>
        <source>Log ind med dit brugernavn og din adgangskode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="29"/>
        <source>Demo: brugernavnet er »demo«, og adgangskoden er »demo«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="43"/>
        <source>&amp;Brugernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="50"/>
        <source>Brugernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="63"/>
        <source>&amp;Adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="71"/>
        <source>Adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="85"/>
        <source>Fejlbesked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="110"/>
        <source>Logger ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="115"/>
        <source>Logger ind …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="127"/>
        <location filename="../../ui/login.ui" line="129"/>
        <source>Log ind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="60"/>
        <source>Indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="105"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="121"/>
        <source>Oversigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="121"/>
        <source>Børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="122"/>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="122"/>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="123"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="124"/>
        <source>Synkronisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="125"/>
        <source>Udskrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="125"/>
        <source>Indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="126"/>
        <source>Visitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="130"/>
        <source>Logget ind som {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="133"/>
        <source>Data: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="139"/>
        <source>Demodata – ikke rigtige børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="146"/>
        <source>Handlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="153"/>
        <source>＋  Ny observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="156"/>
        <source>Skriv en ny observation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="161"/>
        <source>Ny observation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="37"/>
        <source>Vis møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="38"/>
        <source>Kommende og uden referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="39"/>
        <source>Afholdte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="40"/>
        <source>Alle, også aflyste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="43"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="48"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="45"/>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="51"/>
        <source>Åbn mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="53"/>
        <source>Planlæg møde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="68"/>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="98"/>
        <source>Alle børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="130"/>
        <source>{n} møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="130"/>
        <source>1 møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="132"/>
        <source> – {n} mangler referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="136"/>
        <source>Der er ingen kommende møder. Klik »Planlæg møde« for at planlægge et.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="138"/>
        <source>Der er ingen møder at vise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPlanForm</name>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="16"/>
        <location filename="../../ui/meeting_plan.ui" line="256"/>
        <source>Planlæg møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="17"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="22"/>
        <source>Vælg barn, tid og sted. Forældre og barnets faste samarbejdsparter er foreslået som deltagere, og dagsordenen er udfyldt, så den passer til mødetypen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="24"/>
        <location filename="../../ui/meeting_plan.ui" line="241"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="33"/>
        <source>&amp;Mødetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="35"/>
        <location filename="../../ui/meeting_plan.ui" line="47"/>
        <location filename="../../ui/meeting_plan.ui" line="60"/>
        <location filename="../../ui/meeting_plan.ui" line="72"/>
        <location filename="../../ui/meeting_plan.ui" line="104"/>
        <source>fieldLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="40"/>
        <source>Mødetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="45"/>
        <source>&amp;Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="52"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="58"/>
        <source>&amp;Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="65"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="70"/>
        <source>&amp;Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="80"/>
        <source>Starttidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="85"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="90"/>
        <source>Sluttidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="102"/>
        <source>&amp;Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="109"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="110"/>
        <source>Fx dagplejehjemmet, dagplejekontoret eller familiens hjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="123"/>
        <location filename="../../ui/meeting_plan.ui" line="136"/>
        <source>Deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="124"/>
        <location filename="../../ui/meeting_plan.ui" line="170"/>
        <source>sectionTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="129"/>
        <source>Fjern fluebenet ved dem, der ikke skal inviteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="131"/>
        <location filename="../../ui/meeting_plan.ui" line="177"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="145"/>
        <source>Anden deltagers navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="146"/>
        <source>Anden deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="151"/>
        <source>Anden deltagers rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="152"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="157"/>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="169"/>
        <location filename="../../ui/meeting_plan.ui" line="182"/>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="175"/>
        <source>Dobbeltklik på et punkt for at rette det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="183"/>
        <source>Dobbeltklik på et punkt for at rette teksten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="192"/>
        <source>Nyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="197"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="202"/>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="203"/>
        <source>Flyt punktet op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="208"/>
        <source>Ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="209"/>
        <source>Flyt punktet ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="219"/>
        <source>Standarddagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="220"/>
        <source>Sæt dagsordenen tilbage til standarden for mødetypen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="233"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="240"/>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="251"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="258"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="45"/>
        <source>‹ Alle møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="50"/>
        <source>Udskriv dagsorden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="52"/>
        <source>Udskriv referat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="54"/>
        <source>Flyt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="56"/>
        <source>Aflys …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="80"/>
        <source>1  Forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="81"/>
        <source>2  Afholdelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="82"/>
        <source>3  Afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="100"/>
        <source>Mødet kunne ikke vises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="135"/>
        <source>Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="139"/>
        <source>Ingen deltagere registreret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="146"/>
        <source>Deltagere: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="183"/>
        <source>Mødet er flyttet til {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="196"/>
        <source>Mødet er aflyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="206"/>
        <source>Gem dagsorden som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="213"/>
        <source>Gem referat som PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="39"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="46"/>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="47"/>
        <source>Mål og handleplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="48"/>
        <source>Tilsyn og hjemmebesøg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar_views.py" line="208"/>
        <source>Uge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar_views.py" line="216"/>
        <source>Uge {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="85"/>
        <source>Flyt møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="89"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="98"/>
        <source>Ny dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="91"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="93"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="97"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="107"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="100"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="103"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="113"/>
        <source>Flyt mødet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGoalsList</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="106"/>
        <source>Tilføj nyt mål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="148"/>
        <source>Ingen nye mål endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="153"/>
        <source>, måldato {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="155"/>
        <source>gemmes med referatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="156"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationFilterBar</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="27"/>
        <source>Hele perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="28"/>
        <source>Seneste måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="29"/>
        <source>Seneste 3 måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="30"/>
        <source>Seneste 6 måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="31"/>
        <source>Seneste år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="32"/>
        <source>Vælg datoer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="68"/>
        <source>Nulstil filtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="101"/>
        <source>Filtrér på udviklingsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="102"/>
        <source>Alle udviklingsområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="107"/>
        <source>Filtrér på position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="108"/>
        <source>Alle positioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="112"/>
        <source>Uden position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="114"/>
        <source>Filtrér på mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="115"/>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="234"/>
        <source>Alle mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="116"/>
        <source>Filtrér på hvem der skrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="117"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="118"/>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="144"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="122"/>
        <source>Fra dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="123"/>
        <source>Til dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="131"/>
        <source>Udviklingsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="132"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="133"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="134"/>
        <source>Skrevet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="146"/>
        <source>fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="147"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="172"/>
        <source>Fra-datoen ligger efter til-datoen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <location filename="../../ui/observation_form.ui" line="18"/>
        <source>Ny observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="19"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="31"/>
        <source>Kladde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="32"/>
        <location filename="../../ui/observation_form.ui" line="321"/>
        <location filename="../../ui/observation_form.ui" line="333"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="41"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="56"/>
        <source>&amp;Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="58"/>
        <location filename="../../ui/observation_form.ui" line="65"/>
        <location filename="../../ui/observation_form.ui" line="109"/>
        <location filename="../../ui/observation_form.ui" line="132"/>
        <location filename="../../ui/observation_form.ui" line="180"/>
        <location filename="../../ui/observation_form.ui" line="214"/>
        <location filename="../../ui/observation_form.ui" line="230"/>
        <location filename="../../ui/observation_form.ui" line="259"/>
        <location filename="../../ui/observation_form.ui" line="275"/>
        <source>fieldLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="63"/>
        <source>&amp;Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="70"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="71"/>
        <source>Vælg barnet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="80"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="82"/>
        <source>d. MMMM yyyy &apos;kl.&apos; HH.mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="93"/>
        <location filename="../../ui/observation_form.ui" line="100"/>
        <location filename="../../ui/observation_form.ui" line="167"/>
        <location filename="../../ui/observation_form.ui" line="305"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="107"/>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="114"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="115"/>
        <source>Fx ved frokosten, på legepladsen, ved aflevering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="130"/>
        <source>Hvad så du? (&amp;Observation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="143"/>
        <source>Brug s&amp;kabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="144"/>
        <source>Indsætter overskrifterne »Hvad skete der?«, »Hvad gjorde barnet?«, »Hvad tænker jeg?« og »Næste skridt«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="145"/>
        <source>Brug skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="153"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="154"/>
        <source>Det du så og hørte. Fortryd med Ctrl+Z, gentag med Ctrl+Shift+Z eller Ctrl+Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="155"/>
        <source>Beskriv det, du så og hørte – med barnets egne ord, hvis du kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="179"/>
        <source>Bilag (foto eller dokument, højst 10 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="213"/>
        <source>Udviklingsområder (vælg gerne flere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="229"/>
        <source>Trivsel (position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="245"/>
        <source>Bek&amp;ymring – jeg er bekymret for barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="246"/>
        <source>Bekymring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="258"/>
        <source>Knyt til barnets mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="274"/>
        <source>Må deles med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="304"/>
        <source>Fejlbesked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="313"/>
        <source>S&amp;let …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="314"/>
        <source>Slet observationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="320"/>
        <source>Gem: Ctrl+S eller Ctrl+Enter · Annullér: Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="332"/>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="338"/>
        <location filename="../../ui/observation_form.ui" line="339"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="345"/>
        <source>&amp;Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="346"/>
        <source>Gem observationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="348"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationFormDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="85"/>
        <source>Kladden kunne ikke gemmes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="90"/>
        <source>Du fortsætter fra en kladde, der ikke blev gemt. Tjek teksten, og tryk Gem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="99"/>
        <source>Redigér observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="99"/>
        <source>Ny observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="248"/>
        <source>Vælg barnet for at se dets mål.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="253"/>
        <source>Henter barnets mål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="276"/>
        <source>Kladde gemt kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="285"/>
        <source>Vælg barnet, observationen handler om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="288"/>
        <source>Skriv, hvad du så – teksten er tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="291"/>
        <source>Tidspunktet ligger i fremtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="294"/>
        <source>Vent et øjeblik: bilagene læses ind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="325"/>
        <source>Bilag ikke gemt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationForms</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_launcher.py" line="78"/>
        <source>Observationen kan ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_launcher.py" line="150"/>
        <source>Ikke-gemte observationer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/office_form.py" line="89"/>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/office_form.py" line="93"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="33"/>
        <source>Visitation, fravær og forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="40"/>
        <source>Indstillinger og visitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="44"/>
        <source>Fravær og gæstepleje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="45"/>
        <source>Forløb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="28"/>
        <source>Børn i din dagpleje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="29"/>
        <source>Børn du arbejder med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="30"/>
        <source>Indskrevne børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="36"/>
        <source>God morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="38"/>
        <source>Goddag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="39"/>
        <source>God aften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="69"/>
        <source>Henter oversigten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="94"/>
        <source>{greeting}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="96"/>
        <source>I dag er det {weekday} den {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="119"/>
        <source>Oversigten kunne ikke hentes. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="126"/>
        <source>Børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="128"/>
        <source>Der er endnu ingen børn registreret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="135"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="136"/>
        <source>{n} dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="137"/>
        <source>{places} pladser, {free} ledige i dag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="43"/>
        <source>{title} – vis udskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="63"/>
        <source>Gem som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="64"/>
        <source>Gem en kopi som PDF-fil (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="65"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="66"/>
        <source>Vælg printer og udskriv (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="80"/>
        <source>Prøv igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="92"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="174"/>
        <source>Afbryder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="181"/>
        <source>Udskriften bliver lavet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="183"/>
        <source>Opbygger {what} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="201"/>
        <source>Udskriften kunne ikke vises. Prøv at lave den igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="215"/>
        <source>Gem som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="216"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="223"/>
        <source>Gemmer PDF-filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="230"/>
        <source>Gemt som PDF: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="246"/>
        <source>Udskriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="255"/>
        <source>Udskriver …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="263"/>
        <source>Sendt til printeren: {pages} side(r).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/pdf_saver.py" line="43"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/pdf_saver.py" line="46"/>
        <source>Gemmer PDF-filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/pdf_saver.py" line="50"/>
        <source>Gemt som PDF: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="72"/>
        <source>Udskriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="94"/>
        <source>Formindsk (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="95"/>
        <source>Formindsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="96"/>
        <source>Forstør (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="97"/>
        <source>Forstør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="100"/>
        <source>Tilpas bredde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="101"/>
        <source>Hele sidens bredde i vinduet (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="104"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="105"/>
        <source>Forrige side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="106"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="107"/>
        <source>Næste side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="220"/>
        <source>Side {page} af {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="35"/>
        <source>Find dagplejehjem og indskriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="36"/>
        <source>{child} tæller for {places} pladser. Hjem med plads fra startdatoen står øverst, dem hvis indretning passer bedst til barnets behov først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="43"/>
        <source>Start i dagplejen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="46"/>
        <source>Mini-dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="47"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="47"/>
        <source>Ledige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="48"/>
        <source>Passer til behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="49"/>
        <source>Indretning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="67"/>
        <source>Indskriv barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="87"/>
        <source>{free} af {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="89"/>
        <source> – ikke plads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="103"/>
        <source>{n} af {total} mini-dagplejehjem har plads til {child} fra startdatoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="108"/>
        <source>Intet mini-dagplejehjem har plads til {places} pladser fra startdatoen. Vælg en senere startdato, eller tag sagen op på visitationsudvalgets næste møde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="57"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="63"/>
        <source>Baggrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="58"/>
        <source>Barnets situation og baggrunden for planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="59"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="64"/>
        <source>Ressourcer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="60"/>
        <source>Hvad lykkes, hvad virker for barnet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="61"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="65"/>
        <source>Udfordringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="62"/>
        <source>Hvad er svært lige nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="68"/>
        <source>Mål og indsatser i planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="69"/>
        <source>Sæt flueben ved de mål, der skal med (der anbefales 2-4). Indsatsen (hvad, hvem, hvor ofte) rettes på målet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="76"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="77"/>
        <source>Aftaler med forældrene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="78"/>
        <source>Hvem gør hvad, hvornår?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="83"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="87"/>
        <source>Periode fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="84"/>
        <source>Periode til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="85"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="90"/>
        <source>Næste evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="95"/>
        <source>Godkendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="97"/>
        <source>Godkend handleplanen nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="100"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="104"/>
        <source>Godkendt den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="108"/>
        <source>Underskrevet af (én pr. linje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="109"/>
        <source>Underskrevet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="110"/>
        <source>Fx forældre og konsulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="134"/>
        <source>Barnet har ingen mål endnu. Opret mål under »2 Afholdelse« eller »Mål og handleplaner«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="144"/>
        <source>Ret mål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="145"/>
        <source>Ret målet {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="146"/>
        <source>Ret mål, tegn og indsats (hvad, hvem, hvor ofte)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="68"/>
        <source>Planlæg møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="79"/>
        <source>Intet bestemt barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="176"/>
        <source>Skriv navnet på deltageren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="214"/>
        <source>Nyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanViewDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="115"/>
        <source>Handleplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="120"/>
        <source>Handleplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="126"/>
        <source>Udskriv handleplan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="129"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="146"/>
        <source>Gem handleplan som PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedEndDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="154"/>
        <source>Ret planlagt afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="155"/>
        <source>{title}, startet {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="161"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="165"/>
        <source>Planlagt afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="166"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPicker</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="112"/>
        <source>Trivsel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="119"/>
        <source>Byg forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="123"/>
        <source>Samler alt siden sidste statusmøde: observationer pr. mål og udviklingsområde, trivsel, vurderinger, åbne opfølgninger og mål, der forfalder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="131"/>
        <source>Forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="136"/>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="139"/>
        <source>Dine noter til mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="140"/>
        <source>Skriv dine noter her, fx en statusbeskrivelse og spørgsmål til forældrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="144"/>
        <source>Indsæt forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="146"/>
        <source>Indsæt et udkast bygget ud fra forberedelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="147"/>
        <source>Gem noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="170"/>
        <source>Klik »Byg forberedelse« for at samle alt siden sidste statusmøde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="183"/>
        <source>Samler forberedelsen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="192"/>
        <source>Forberedelsen er bygget ud fra data på denne computer ({n} observationer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="220"/>
        <source>Noterne er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="70"/>
        <source>Handleplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="71"/>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="72"/>
        <source>Referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="73"/>
        <source>Tilsynsrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="74"/>
        <source>Overleveringspakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="75"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="76"/>
        <source>Barnets mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="77"/>
        <source>Taskeseddel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="80"/>
        <source>Handleplanen med baggrund, mål, indsatser og aftaler med forældrene – med linjer til underskrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="83"/>
        <source>Dagsorden til mødet med forberedelsen: opfølgning på aftaler, mål der skal evalueres, og hvad der er sket siden sidst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="86"/>
        <source>Referat af mødet: hvem der var med, beslutninger og aftaler om opfølgning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="89"/>
        <source>Rapport fra tilsynet eller hjemmebesøget med noter og aftaler om opfølgning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="92"/>
        <source>Pakken til barnets næste institution. Den kan kun laves, når der er et gyldigt samtykke til overlevering til modtageren, og den registreres som videregivet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="96"/>
        <source>Informationsfolderen om Mini-dagplejen til forældre: A4 på tværs, foldet i tre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="99"/>
        <source>Alt om barnet samlet med indholdsfortegnelse, fx til arkivet eller når forældrene beder om indsigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="102"/>
        <source>Et ark, der følger barnet i gæstepleje: rutiner, behov, allergier, medicin og hvem man ringer til.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintsPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="117"/>
        <source>Udskrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="119"/>
        <source>Vælg et dokument og hvem det handler om. Du ser udskriften, før du gemmer den som PDF eller udskriver den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="138"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="145"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="163"/>
        <source>Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="150"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="164"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="155"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="162"/>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="156"/>
        <source>Fx forældrenes anmodning om indsigt (kan udelades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="175"/>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="252"/>
        <source>Vis udskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="178"/>
        <source>Redigér tekster …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="234"/>
        <source>Ingen børn endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="245"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="246"/>
        <source>Besøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="247"/>
        <source>Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="251"/>
        <source>Lav overleveringspakke …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="272"/>
        <source>Henter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="311"/>
        <source>Ingen handleplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="312"/>
        <source>Ingen besøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="313"/>
        <source>Ingen afholdte møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="314"/>
        <source>Ingen møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="319"/>
        <source>Barnet har ingen handleplan endnu. Den laves ved et statusmøde under Møder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="322"/>
        <source>Der er ikke registreret tilsyn eller hjemmebesøg for barnet eller dets dagplejehjem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="325"/>
        <source>Referatet kan udskrives, når et møde er afholdt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="326"/>
        <source>Barnet har ingen møder. Møder planlægges under Møder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="347"/>
        <source>Folder om Mini-dagplejen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="393"/>
        <source>Folderens tekster er gemt. Vis udskrift for at se folderen med dem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <location filename="../../ui/recovery_key.ui" line="16"/>
        <source>Din gendannelsesnøgle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="17"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="22"/>
        <source>Skriv nøglen ned, og gem papiret et sikkert sted, fx i et aflåst skab. Nøglen vises kun denne ene gang. Du skal bruge den, hvis du glemmer din adgangskode; uden den kan ingen åbne dataene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="32"/>
        <source>Gendannelsesnøgle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="39"/>
        <source>Kopiér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="40"/>
        <source>Kopiér nøglen til udklipsholderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="46"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="67"/>
        <location filename="../../ui/recovery_key.ui" line="68"/>
        <source>Jeg har skrevet nøglen ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="79"/>
        <location filename="../../ui/recovery_key.ui" line="81"/>
        <source>Fortsæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="82"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="58"/>
        <source>Registrér afgørelse …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="72"/>
        <source>Efter bevillingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="75"/>
        <source>Revisitation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="76"/>
        <source>Planlæg hjemmebesøg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="77"/>
        <source>Find hjem og indskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="78"/>
        <source>Planlæg opstartsmøde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="114"/>
        <source>Vælg en indstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="115"/>
        <source>Vælg en indstilling på listerne for at se den og registrere afgørelsen og de næste skridt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="123"/>
        <source>Begrundelse: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="125"/>
        <source>Udvalgets notat: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="132"/>
        <source>Sæt på mødet {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="134"/>
        <source>Sæt indstillingen på visitationsudvalgets møde den valgte dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="144"/>
        <source> {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="145"/>
        <source>indstillet af {who} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="147"/>
        <source>ønsker {n} pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="149"/>
        <source>CPR {cpr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="151"/>
        <source>{n} bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="165"/>
        <source>Bevilget {n} pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="167"/>
        <source>, revisitation {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="170"/>
        <source>Hjemmebesøg {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="171"/>
        <source>Hjemmebesøg hos familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="174"/>
        <source>Indskrevet hos {home} fra {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="176"/>
        <source>Mini-dagplejehjem med plads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="179"/>
        <source>Opstartsmøde {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="180"/>
        <source>Opstartsmøde hos mini-dagplejeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="183"/>
        <source>Konsulenternes besøg hos familien for at afklare barnets pædagogiske behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="185"/>
        <source>Et mini-dagplejehjem med plads og en indretning, der passer til barnets behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="187"/>
        <source>Med forældrene, mini-dagplejeren og samarbejdsparterne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="188"/>
        <source>Indskriv barnet først: mødet holdes hos mini-dagplejeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="218"/>
        <source>{child} er sat på udvalgsmødet {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="230"/>
        <source>Afgørelsen er gemt: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="235"/>
        <source>Hjemmebesøget er planlagt {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="240"/>
        <source>{child} er indskrevet hos {home} fra {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="247"/>
        <source>Opstartsmødet er planlagt {when}. Det står også under Møder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="91"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="94"/>
        <source>Til visitationsudvalget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93"/>
        <source>Sag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="108"/>
        <source>Pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93"/>
        <source>Indstillet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="99"/>
        <source>Vis indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="100"/>
        <source>Åbne og bevilgede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="101"/>
        <source>Alle, også afslåede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="103"/>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="153"/>
        <source>Alle indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="106"/>
        <source>Ledige pladser i mini-dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="108"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="108"/>
        <source>Optaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="109"/>
        <source>Ledige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="109"/>
        <source>Ledige pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="132"/>
        <source>Udvalgsmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="135"/>
        <source>Udvalgsmødets dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="140"/>
        <source>Ny indstilling …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="216"/>
        <source>Revisitation ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="217"/>
        <source>Ny indstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="229"/>
        <source>Mødet {day}: {new}, {again}. {free} i mini-dagplejehjemmene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="232"/>
        <source>1 indstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="233"/>
        <source>{n} indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="234"/>
        <source>1 revisitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="235"/>
        <source>{n} revisitationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="236"/>
        <source>1 ledig plads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="237"/>
        <source>{n} ledige pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="320"/>
        <source>Indstillingen for {child} er registreret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterReferralDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="49"/>
        <source>Ny indstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="50"/>
        <source>Indstillingen kommer på visitationsudvalgets liste, når du vælger et møde. Barnet står som indstillet, indtil det bliver indskrevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="64"/>
        <source>Registrér indstillingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="71"/>
        <source>Indstillingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="75"/>
        <source>Indstillet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="78"/>
        <source>fx Hanne Ravn, Sundhedsplejen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="79"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="81"/>
        <source>Modtaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="83"/>
        <source>Hvorfor indstilles barnet? Hvad har barnet brug for i hverdagen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="86"/>
        <source>Begrundelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="89"/>
        <source> pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="91"/>
        <source>Ønskede pladser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="92"/>
        <source>Sæt på udvalgsmødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="95"/>
        <source>Visitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="100"/>
        <source>Barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="102"/>
        <source>Nyt barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="104"/>
        <source>Barn, der allerede er oprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="120"/>
        <source>DDMMÅÅ-XXXX (kan udfyldes senere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="121"/>
        <source>Kendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="124"/>
        <source>fx lav smitterisiko, sondemad, kørestol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="128"/>
        <source>Fornavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="130"/>
        <source>Efternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="132"/>
        <source>CPR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="133"/>
        <source>Fødselsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="134"/>
        <source>Særlige behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="137"/>
        <source>Vælg barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="140"/>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="146"/>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="151"/>
        <source>Bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="154"/>
        <source>Tilføj fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="156"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="178"/>
        <source>Vælg bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="179"/>
        <source>Dokumenter og billeder (*.pdf *.png *.jpg *.jpeg *.txt *.doc *.docx);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="205"/>
        <source>Vælg barnet, der indstilles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="208"/>
        <source>Skriv barnets fornavn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="246"/>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="247"/>
        <source>Søg i observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="248"/>
        <source>Søg i alle dine børns observationer (Ctrl+Shift+F). Tryk Enter for at søge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="151"/>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="162"/>
        <source>Søgning i observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="156"/>
        <source>← Tilbage til børnelisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="157"/>
        <source>Tilbage til børnelisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="168"/>
        <source>Fundne observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="194"/>
        <source>Skriv et eller flere ord i søgefeltet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="198"/>
        <source>Søger efter »{query}« …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="214"/>
        <source>Ingen observationer indeholder »{query}«. Prøv et andet ord eller begyndelsen af ordet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="218"/>
        <source>1 observation indeholder »{query}«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="220"/>
        <source>{n} observationer indeholder »{query}«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="223"/>
        <source>Dobbeltklik eller tryk Enter for at åbne barnet ved observationen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="234"/>
        <source>Søgningen kunne ikke gennemføres. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="65"/>
        <source>Tilføj session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="69"/>
        <source>Timebudget: {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="75"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="78"/>
        <source>Klokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="82"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="87"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="93"/>
        <source> timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="99"/>
        <source>Varighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="102"/>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="103"/>
        <source>Gem sessionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="111"/>
        <source>Der er kun {left} timer tilbage af forløbets {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="113"/>
        <source>Efter denne session er der {left} timer tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="21"/>
        <source>Indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="22"/>
        <source>Oplysningerne her bruges i programmet og på udskrifter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="27"/>
        <source>Data og bruger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="32"/>
        <source>Data ligger i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="34"/>
        <source>Logget ind som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="36"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="45"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="50"/>
        <source>Organisationens kontaktoplysninger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="16"/>
        <source>Velkommen til Dagpleje Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="17"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="22"/>
        <source>Der er endnu ingen data på denne computer. Opret dig selv som den første bruger. Dataene krypteres med en nøgle, som kun din adgangskode (og en gendannelsesnøgle) kan åbne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="24"/>
        <location filename="../../ui/setup.ui" line="151"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="34"/>
        <source>&amp;Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="40"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="47"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="52"/>
        <source>Fulde &amp;navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="58"/>
        <source>Fulde navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="59"/>
        <source>Fx Hanne Sørensen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="65"/>
        <location filename="../../ui/setup.ui" line="83"/>
        <location filename="../../ui/setup.ui" line="102"/>
        <location filename="../../ui/setup.ui" line="120"/>
        <location filename="../../ui/setup.ui" line="129"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="70"/>
        <source>&amp;Brugernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="76"/>
        <source>Brugernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="77"/>
        <source>Fx hanne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="88"/>
        <source>&amp;Adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="95"/>
        <source>Adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="96"/>
        <source>Mindst 8 tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="107"/>
        <source>&amp;Gentag adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="114"/>
        <source>Gentag adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="128"/>
        <source>Fejlbesked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="145"/>
        <source>Opretter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="150"/>
        <source>Opretter den krypterede database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="162"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="163"/>
        <source>Afslut uden at oprette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="168"/>
        <source>Opret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="170"/>
        <source>Opret installationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="171"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingPicker</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="207"/>
        <source>Deling: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="52"/>
        <source>Planlæg opstartsmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="53"/>
        <source>Mødet holdes hos {home} med forældrene, mini-dagplejeren, konsulenten og barnets samarbejdsparter; de inviteres automatisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="55"/>
        <source>mini-dagplejeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="61"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="63"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="65"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="68"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="72"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="74"/>
        <source>Hjemmets adresse, hvis feltet er tomt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="75"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="76"/>
        <source>Planlæg mødet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="65"/>
        <source>Observationer, nyeste først</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="127"/>
        <source>Henter observationer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="152"/>
        <source>Observationerne kunne ikke hentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="157"/>
        <source>Ikke alle observationer kunne hentes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="165"/>
        <source>Ingen observationer passer på filtrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="166"/>
        <source>Der er endnu ingen observationer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="170"/>
        <source>1 observation passer på filtrene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="171"/>
        <source>{n} observationer passer på filtrene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="173"/>
        <source>1 observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="174"/>
        <source>{n} observationer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="43"/>
        <source>Låst – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="49"/>
        <source>Programmet er låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="50"/>
        <source>Det blev låst efter %1 minutter uden brug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="51"/>
        <source>Det blev låst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="53"/>
        <source>Det, du var i gang med, er ikke lukket – det kommer frem igen, når du låser op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="55"/>
        <source>&amp;Adgangskode for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="61"/>
        <source>Adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="64"/>
        <source>Fejlbesked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="70"/>
        <source>Luk programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="71"/>
        <source>Luk programmet (gemmer kladder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="73"/>
        <source>Kontrollerer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="75"/>
        <source>Lås &amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="77"/>
        <source>Lås op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="92"/>
        <source>Skriv din adgangskode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="35"/>
        <source>Registrér besøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="42"/>
        <source>Vælg dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="45"/>
        <source>Vælg barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="72"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="72"/>
        <source>Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="74"/>
        <source>Registrér tilsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="74"/>
        <source>Registrér hjemmebesøg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/visit_record.ui" line="16"/>
        <source>Registrér tilsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="17"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="25"/>
        <source>&amp;Tilsyn i et dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="31"/>
        <source>&amp;Hjemmebesøg hos en familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="47"/>
        <source>&amp;Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="49"/>
        <location filename="../../ui/visit_record.ui" line="77"/>
        <location filename="../../ui/visit_record.ui" line="114"/>
        <source>fieldLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="56"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="62"/>
        <source>Barnets familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="75"/>
        <source>&amp;Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="84"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="89"/>
        <source>kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="94"/>
        <source>Klokkeslæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="99"/>
        <source>Et tidspunkt frem i tiden gemmes som et planlagt besøg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="100"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="112"/>
        <source>&amp;Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="119"/>
        <source>Noter fra besøget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="120"/>
        <source>Hvad blev set og drøftet? Fx rutiner, indretning, børnenes trivsel, sikkerhed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="129"/>
        <source>Opfølgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="130"/>
        <source>sectionTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="140"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="147"/>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="148"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="158"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="163"/>
        <source>Gem besøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="165"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="80"/>
        <source>Tilsyn – mindst én gang om måneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="84"/>
        <source>Registrér tilsyn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="87"/>
        <source>Registrér hjemmebesøg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="93"/>
        <source>Hvert mini-dagplejehjem skal have tilsyn mindst én gang om måneden. Rød: mere end {days} dage siden sidste tilsyn. Gul: tilsynet forfalder snart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="96"/>
        <source>Dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="97"/>
        <source>Seneste tilsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="97"/>
        <source>Dage siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="99"/>
        <source>Tilsyn pr. dagplejehjem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="104"/>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="115"/>
        <source>Seneste besøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="108"/>
        <source>Udskriv besøgsrapport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="112"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="112"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="112"/>
        <source>Hvor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="113"/>
        <source>Konsulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="113"/>
        <source>Opfølgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="114"/>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="153"/>
        <source>Overskredet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="153"/>
        <source>Forfalder snart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="154"/>
        <source>I orden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="160"/>
        <source>Tilsyn er overskredet i {n} dagplejehjem: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="169"/>
        <source>Aldrig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="187"/>
        <source>{home} (aldrig besøgt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="188"/>
        <source>{home} ({days} dage siden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="196"/>
        <source>Familien til {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="198"/>
        <source>{n} åbne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="199"/>
        <source>Alle udført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="231"/>
        <source>{kind} registreret {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="244"/>
        <source>Gem besøgsrapport som PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingAssessmentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="166"/>
        <source>Tilføj trivselsvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="195"/>
        <source>En fælles vurdering skal have en kommentar. Beskriv situationen – ikke barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="197"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="198"/>
        <source>Slags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="199"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="200"/>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="209"/>
        <source>Vælg en position: grøn, gul eller rød.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingStrip</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="57"/>
        <source>Trivsel over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="121"/>
        <source>Ingen vurderinger endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="175"/>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="178"/>
        <source>, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="185"/>
        <source>Ingen vurderinger endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="191"/>
        <source>{n} positioner fra {start} til {end}. {summary}. Seneste: {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingTab</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="205"/>
        <source>Tilføj vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="210"/>
        <source>Trivsel over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="211"/>
        <source>Grøn, gul og rød position fra vurderinger og observationer. Først individuelle vurderinger, så en fælles vurdering med en kommentar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="221"/>
        <source>▲ fælles vurdering   △ individuel vurdering   farve uden mærke: position fra en observation   grå: ingen vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="240"/>
        <source>Seneste fælles vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="243"/>
        <source>Der er endnu ingen fælles vurdering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="248"/>
        <source>{date}, vurderet af {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="261"/>
        <source>Vurderinger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AssessmentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="79"/>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="81"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="49"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
