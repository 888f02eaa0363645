<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name />
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="33" />
        <source>Ukendt alder</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="34" />
        <source>CPR {cpr}</source>
        <translation>CPR {cpr}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="35" />
        <source>Intet CPR-nummer</source>
        <translation>No CPR number</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="37" />
        <source>Ikke indskrevet i et dagplejehjem</source>
        <translation>Not enrolled in a childminding home</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="24" />
        <source>Registrér fravær</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="25" />
        <source>Børnene i hjemmet skal have gæstepleje i perioden. Når fraværet er gemt, ser du de berørte børn og forslag til gæstehjem.</source>
        <translation>The children in the home need guest care during the period. Once the absence is saved, you will see the children affected and suggested guest homes.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="29" />
        <source>Vælg dagplejehjem</source>
        <translation>Choose childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="34" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="37" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="39" />
        <source>Til og med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="42" />
        <source>til og med</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="46" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="50" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="52" />
        <source>fx aftalt med forældrene</source>
        <translation>e.g. agreed with the parents</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="53" />
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="54" />
        <source>Registrér fraværet</source>
        <translation>Record the absence</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/absence_register.py" line="65" />
        <source>Vælg dagplejehjemmet, hvor dagplejeren er fraværende.</source>
        <translation>Choose the childminding home where the childminder is absent.</translation>
    </message>
</context>
<context>
    <name>AbsencesView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="41" />
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="60" />
        <source>Fravær</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="47" />
        <source>Vis fravær</source>
        <translation>Show absence</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="48" />
        <source>Kommende og seneste måned</source>
        <translation>Upcoming and last month</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="49" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="51" />
        <source>Registrér fravær …</source>
        <translation>Record absence …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="56" />
        <source>Når en dagplejer er syg, holder ferie, er på kursus eller har fri, skal hendes børn passes i gæstepleje hos en almindelig dagplejer.</source>
        <translation>When a childminder is ill, on holiday, on a course or off work, her children must be looked after in guest care by a regular childminder.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="59" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="59" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="59" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_absences.py" line="126" />
        <source>Fraværet i {home} {period} er registreret.</source>
        <translation>The absence in {home} {period} has been recorded.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="55" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="60" />
        <source>&amp;Vedhæft foto eller dokument …</source>
        <translation>&amp;Attach photo or document …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="61" />
        <source>Vedhæft foto eller dokument</source>
        <translation>Attach photo or document</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="62" />
        <source>Fjern bilag</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="63" />
        <source>Fjern det valgte bilag</source>
        <translation>Remove the selected attachment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="68" />
        <source>Fejl ved bilag</source>
        <translation>Attachment error</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="103" />
        <source>Vælg foto eller dokument</source>
        <translation>Choose photo or document</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="105" />
        <source>Billeder og dokumenter (*.png *.jpg *.jpeg *.gif *.webp *.heic *.pdf *.txt *.doc *.docx);;Alle filer (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.heic *.pdf *.txt *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="133" />
        <source>Filen »%1« findes ikke længere og er ikke vedhæftet.</source>
        <translation>The file “%1” no longer exists and has not been attached.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="135" />
        <source>Filen »%1« kan ikke læses.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="164" />
        <source> – ny</source>
        <translation> – new</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="167" />
        <source>Gemmes sammen med observationen, når du trykker Gem.</source>
        <translation>Saved together with the observation when you press Save.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_attachments.py" line="174" />
        <source>Ingen bilag.</source>
        <translation>No attachments.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="41" />
        <source>Fremskridt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="42" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CafeDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="28" />
        <source>Planlæg småbørnscafé</source>
        <translation>Plan toddler café</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="29" />
        <source>Når barnet er omkring 1½ år, mødes familien med sundhedsplejerske, småbørnskonsulent, fysioterapeut og talehørekonsulent. De fælles noter gemmes kun, når forældrene har givet samtykke til deling.</source>
        <translation>When the child is about 18 months old, the family meets the health visitor, the toddler consultant, a physiotherapist and a speech and hearing consultant. The shared notes are only saved when the parents have consented to sharing.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="34" />
        <source>Vælg barn</source>
        <translation>Choose child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="37" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="40" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="42" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="43" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="45" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="49" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="51" />
        <source>fx Sundhedsplejens lokaler</source>
        <translation>e.g. the health visitors' rooms</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="52" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="63" />
        <source>Fagpersoner</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="64" />
        <source>Invitér forældrene</source>
        <translation>Invite the parents</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="67" />
        <source>Planlæg caféen</source>
        <translation>Plan the café</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_cafe.py" line="72" />
        <source>Vælg barnet, caféen er for.</source>
        <translation>Choose the child the café is for.</translation>
    </message>
</context>
<context>
    <name>CafeNotes</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="32" />
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="38" />
        <source>Fælles noter fra caféen</source>
        <translation>Shared notes from the café</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="33" />
        <source>Noterne deles med de fagpersoner, der var med, og gemmes kun, når forældrene har givet samtykke til deling med samarbejdsparter.</source>
        <translation>The notes are shared with the professionals who took part and are only saved when the parents have consented to sharing with partners.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="45" />
        <source>Registrér samtykke …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_cafe_notes.py" line="48" />
        <source>Gem fælles noter</source>
        <translation>Save shared notes</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="32" />
        <source>Eksportér til Outlook</source>
        <translation>Export to Outlook</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="37" />
        <source>Eksportér til Outlook (.ics)</source>
        <translation>Export to Outlook (.ics)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="38" />
        <source>Filen kan åbnes i Outlook, Google Kalender og Apple Kalender. Tiderne står i dansk tid, også hen over skift til og fra sommertid.</source>
        <translation>The file can be opened in Outlook, Google Calendar and Apple Calendar. Times are in Danish time, also across the changes to and from summer time.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="41" />
        <source>En periode</source>
        <translation>A period</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="43" />
        <source>De valgte punkter i kalenderen ({n})</source>
        <translation>The selected items in the calendar ({n})</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="50" />
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="55" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="52" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="57" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="62" />
        <source>Medtag fulde navne</source>
        <translation>Include full names</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="66" />
        <source>Uden flueben står kun mødetype og initialer i filen (fx »Statusmøde – Å.Ø.«): ingen navne, steder eller mål. Filen er ikke krypteret; del den kun sikkert.</source>
        <translation>Without the tick, the file only contains the meeting type and initials (e.g. “Status meeting – Å.Ø.”): no names, places or goals. The file is not encrypted; share it only securely.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="75" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="76" />
        <source>Eksportér …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="103" />
        <source>Perioden slutter før den begynder.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="109" />
        <source>Gem kalenderfil</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/calendar_export.py" line="110" />
        <source>iCalendar-filer (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="71" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="75" />
        <source>Forrige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="76" />
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="79" />
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="86" />
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="87" />
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="100" />
        <source>Flyt …</source>
        <translation>Move …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="102" />
        <source>Flyt det valgte møde til en anden dag</source>
        <translation>Move the selected meeting to another day</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="103" />
        <source>Eksportér til Outlook (.ics) …</source>
        <translation>Export to Outlook (.ics) …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="105" />
        <source>Planlæg møde …</source>
        <translation>Plan meeting …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="208" />
        <source>Uge {week} · {span}</source>
        <translation>Week {week} · {span}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="247" />
        <source>{n} valgt. Ctrl-klik for at vælge flere; »Eksportér« kan tage de valgte med.</source>
        <translation>{n} selected. Ctrl-click to select more; “Export” can include the selected ones.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="251" />
        <source>Dobbeltklik på en dag for at planlægge et møde. Træk et møde til en anden dag, eller vælg det og klik »Flyt«, for at flytte det.</source>
        <translation>Double-click a day to plan a meeting. Drag a meeting to another day, or select it and click “Move”, to move it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="264" />
        <source>Tilsynet er registreret.</source>
        <translation>The supervision visit has been recorded.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="279" />
        <source>{title} er planlagt {when}.</source>
        <translation>{title} is planned for {when}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="302" />
        <source>{title} er flyttet til {when}.</source>
        <translation>{title} has been moved to {when}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar.py" line="333" />
        <source>{n} punkter er gemt i {path}</source>
        <translation>{n} items have been saved in {path}</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="137" />
        <source>Aflys møde</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="138" />
        <source>Hvorfor aflyses mødet? (skrives i mødets referat)</source>
        <translation>Why is the meeting cancelled? (written in the meeting's minutes)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="142" />
        <source>Årsag til aflysning</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="145" />
        <source>Aflys mødet</source>
        <translation>Cancel the meeting</translation>
    </message>
</context>
<context>
    <name>ChildDetailView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="71" />
        <source>← Tilbage til børnelisten</source>
        <translation>← Back to the list of children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="72" />
        <source>Tilbage til børnelisten</source>
        <translation>Back to the list of children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="73" />
        <source>Tilbage til børnelisten (Alt+Venstre)</source>
        <translation>Back to the list of children (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="75" />
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="78" />
        <source>Ny observation af barnet</source>
        <translation>New observation of the child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="99" />
        <source>&amp;Observationer</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="100" />
        <source>&amp;Udvikling</source>
        <translation>&amp;Development</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="101" />
        <source>&amp;Trivsel</source>
        <translation>&amp;Well-being</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="102" />
        <source>&amp;Mål</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="103" />
        <source>&amp;Stamdata</source>
        <translation>&amp;Basic details</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_detail.py" line="131" />
        <source>Barn: {name}</source>
        <translation>Child: {name}</translation>
    </message>
</context>
<context>
    <name>ConclusionView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="67" />
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="71" />
        <source>Planlæg næste møde …</source>
        <translation>Plan next meeting …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="89" />
        <source>Handleplanen fra mødet</source>
        <translation>The action plan from the meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="96" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="101" />
        <source>Godkendt den</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="99" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="103" />
        <source>Underskrevet af</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="100" />
        <source>Navne adskilt med komma</source>
        <translation>Names separated by commas</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="107" />
        <source>Godkend kladden</source>
        <translation>Approve the draft</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="110" />
        <source>Udskriv handleplan …</source>
        <translation>Print action plan …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="118" />
        <source>Tidligere versioner</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="134" />
        <source>Opret handleplan</source>
        <translation>Create action plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="160" />
        <source>Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det.</source>
        <translation>The meeting is not about a particular child, so no action plan is made from it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="174" />
        <source>Mødet skal være afholdt, før der laves en ny handleplan. Skriv referatet under »2 Afholdelse«.</source>
        <translation>The meeting must have been held before a new action plan is made. Write the minutes under “2 Holding”.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="191" />
        <source>Ny version {n} af handleplanen ud fra mødet. Felterne er udfyldt fra den gældende handleplan og mødets beslutninger; ret dem til, og godkend.</source>
        <translation>New version {n} of the action plan from the meeting. The fields are filled in from the current action plan and the meeting's decisions; adjust them and approve.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="211" />
        <source>, godkendt {day}</source>
        <translation>, approved {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="213" />
        <source>Version {n} – {status}{when}, {goals} mål</source>
        <translation>Version {n} – {status}{when}, {goals} goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="218" />
        <source>Vis …</source>
        <translation>Show …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="219" />
        <source>Vis version {n}</source>
        <translation>Show version {n}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="230" />
        <source>Handleplanen (version {n}) er godkendt den {day}.</source>
        <translation>The action plan (version {n}) was approved on {day}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="233" />
        <source>Handleplanen (version {n}) er en kladde. Godkend den med dato og underskrifter, når den er underskrevet.</source>
        <translation>The action plan (version {n}) is a draft. Approve it with the date and signatures once it has been signed.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="236" />
        <source>Handleplanen (version {n}) er erstattet af en nyere version.</source>
        <translation>The action plan (version {n}) has been replaced by a newer version.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="247" />
        <source>Sæt en dato for næste evaluering i handleplanen, så foreslås næste møde.</source>
        <translation>Set a date for the next evaluation in the action plan and the next meeting will be suggested.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="250" />
        <source>Forslag ud fra handleplanens evalueringsdato: {when}</source>
        <translation>Suggestion based on the action plan's evaluation date: {when}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="256" />
        <source>Næste møde er planlagt: {when}.</source>
        <translation>The next meeting is planned: {when}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="279" />
        <source>Råd efter SMTTE:
{hints}</source>
        <translation>Advice following SMTTE:
{hints}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_conclusion.py" line="334" />
        <source>Gem handleplan som PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="31" />
        <source>Handleplan, udvikling og trivsel, mål og udvalgte observationer</source>
        <translation>Action plan, development and well-being, goals and selected observations</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="33" />
        <source>Observationer, mål, handleplan og referater af statusmøder</source>
        <translation>Observations, goals, action plan and minutes of status meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="35" />
        <source>Billeder fra hverdagen i dagplejen</source>
        <translation>Pictures from everyday life in childminding</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="60" />
        <source>Registrér samtykke – {child}</source>
        <translation>Record consent – {child}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="68" />
        <source>Samtykket skal komme fra en forælder med forældremyndighed og sige, hvilke oplysninger der må gives til hvem og hvorfor. Det kan trækkes tilbage når som helst.</source>
        <translation>The consent must come from a parent with custody and state which information may be given to whom and why. It can be withdrawn at any time.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="76" />
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="121" />
        <source>Forælder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="77" />
        <source>Henter forældre …</source>
        <translation>Fetching parents …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="80" />
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="122" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="85" />
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="123" />
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="88" />
        <source>Én modtager pr. linje, fx Børnehaven Solsikken</source>
        <translation>One recipient per line, e.g. Sunflower Kindergarten</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="92" />
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="124" />
        <source>Oplysninger</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="99" />
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="128" />
        <source>Givet den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="101" />
        <source>Udløber den</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="104" />
        <source>Udløbsdato</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="129" />
        <source>Gyldighed</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="130" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="137" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="139" />
        <source>Registrér samtykke</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="173" />
        <source> – uden forældremyndighed</source>
        <translation> – without custody</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="178" />
        <source>Ingen forældre registreret</source>
        <translation>No parents recorded</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="180" />
        <source>Der er ingen forældre registreret hos barnet. Tilføj forælderen på barnets side først.</source>
        <translation>No parents are recorded for the child. Add the parent on the child's page first.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/consent_record.py" line="209" />
        <source>Vælg den forælder, der giver samtykket.</source>
        <translation>Choose the parent giving the consent.</translation>
    </message>
</context>
<context>
    <name>ConsentTable</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="29" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="30" />
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="31" />
        <source>Forælder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="32" />
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="33" />
        <source>Udløber</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="34" />
        <source>Tilbagekaldt</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="35" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="114" />
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="133" />
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="170" />
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="116" />
        <source>Registrér samtykke …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="118" />
        <source>Tilbagekald …</source>
        <translation>Withdraw …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="120" />
        <source>Forælderen trækker samtykket tilbage fra i dag</source>
        <translation>The parent withdraws the consent from today</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="121" />
        <source>Udløb …</source>
        <translation>Expire …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="123" />
        <source>Samtykkets periode slutter i dag</source>
        <translation>The consent period ends today</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="154" />
        <source>Givet videre</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="169" />
        <source>Samtykker for {child}</source>
        <translation>Consents for {child}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="197" />
        <source>Vælg et barn for at se samtykkerne.</source>
        <translation>Choose a child to see the consents.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="199" />
        <source>Der er ikke registreret samtykker for barnet.</source>
        <translation>No consents have been recorded for the child.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="201" />
        <source>{count} samtykker, heraf {valid} gyldige i dag.</source>
        <translation>{count} consents, of which {valid} are valid today.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="231" />
        <source>Intet er givet videre til andre om barnet.</source>
        <translation>Nothing about the child has been passed on to others.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="235" />
        <source>{when}: til {recipient} under samtykke {ref} ({who})</source>
        <translation>{when}: to {recipient} under consent {ref} ({who})</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="243" />
        <source>… og {n} tidligere (se barnets mappe).</source>
        <translation>… and {n} earlier (see the child's record).</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="264" />
        <source>Vælg et samtykke for at se, hvad det omfatter.</source>
        <translation>Choose a consent to see what it covers.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="267" />
        <source>Samtykke {ref} omfatter: {what}</source>
        <translation>Consent {ref} covers: {what}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="288" />
        <source>Samtykket er registreret ({ref}).</source>
        <translation>The consent has been recorded ({ref}).</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="302" />
        <source>{what} til {to}</source>
        <translation>{what} to {to}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="307" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="316" />
        <source>Tilbagekald samtykke</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="317" />
        <source>Vil du registrere, at {guardian} har trukket samtykket til {what} tilbage fra i dag?

Der kan ikke længere gives oplysninger videre under det.</source>
        <translation>Do you want to record that {guardian} has withdrawn the consent to {what} from today?

No more information can be passed on under it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="319" />
        <source>forælderen</source>
        <translation>the parent</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="321" />
        <source>Tilbagekald samtykket</source>
        <translation>Withdraw the consent</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="325" />
        <source>Samtykket er trukket tilbage fra i dag.</source>
        <translation>The consent has been withdrawn from today.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="331" />
        <source>Lad samtykket udløbe</source>
        <translation>Let the consent expire</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="332" />
        <source>Vil du lade samtykket til {what} udløbe i dag?

Der kan ikke længere gives oplysninger videre under det.</source>
        <translation>Do you want to let the consent to {what} expire today?

No more information can be passed on under it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="334" />
        <source>Lad det udløbe</source>
        <translation>Let it expire</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints_consents.py" line="338" />
        <source>Samtykket er udløbet i dag.</source>
        <translation>The consent expired today.</translation>
    </message>
</context>
<context>
    <name>CourseDetailPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="69" />
        <source>Brugte timer</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="72" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="72" />
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="187" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="72" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="73" />
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="73" />
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="74" />
        <source>Sessioner</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="85" />
        <source>Ret planlagt afslutning …</source>
        <translation>Change planned end …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="87" />
        <source>Tilføj session …</source>
        <translation>Add session …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="90" />
        <source>Afslut forløb …</source>
        <translation>End course …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="125" />
        <source>Vælg et forløb</source>
        <translation>Choose a course</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="127" />
        <source>Vælg et forløb på listen for at se det.</source>
        <translation>Choose a course in the list to see it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="147" />
        <source>Alle forløbets timer er brugt.</source>
        <translation>All of the course's hours have been used.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="151" />
        <source>startet {day}</source>
        <translation>started {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="159" />
        <source>Ikke inviteret: {roles}.</source>
        <translation>Not invited: {roles}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="173" />
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="174" />
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="186" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="175" />
        <source>Timer om ugen</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="176" />
        <source>Planlagt afslutning</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="178" />
        <source>Senest (40 uger)</source>
        <translation>At the latest (40 weeks)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="179" />
        <source>Opstartsmøde</source>
        <translation>Start-up meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="181" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="183" />
        <source>Dagtilbud</source>
        <translation>Day-care setting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="184" />
        <source>Udfordring</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="196" />
        <source>Timebudget: {text}</source>
        <translation>Hour budget: {text}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="231" />
        <source>Den planlagte afslutning er nu {day}.</source>
        <translation>The planned end is now {day}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="236" />
        <source>Sessionen er gemt. {budget}.</source>
        <translation>The session has been saved. {budget}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="241" />
        <source>Forløbet er afsluttet ({reason}).</source>
        <translation>The course has ended ({reason}).</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_course_detail.py" line="246" />
        <source>De fælles noter er gemt og registreret som delt med fagpersonerne fra caféen.</source>
        <translation>The shared notes have been saved and recorded as shared with the professionals from the café.</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="61" />
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="78" />
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="79" />
        <source>Forløb</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="65" />
        <source>Hjemmepædagogisk …</source>
        <translation>Home-based support …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="67" />
        <source>Nyt hjemmepædagogisk forløb (højst 40 uger)</source>
        <translation>New home-based support course (at most 40 weeks)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="68" />
        <source>Minivejledning …</source>
        <translation>Mini guidance …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="70" />
        <source>Nyt minivejledningsforløb (10 timer)</source>
        <translation>New mini guidance course (10 hours)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="71" />
        <source>Småbørnscafé …</source>
        <translation>Toddler café …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="73" />
        <source>Planlæg småbørnscafé ved 1½ år</source>
        <translation>Plan toddler café at 18 months</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="78" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="78" />
        <source>Omfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_courses.py" line="154" />
        <source>{title} er oprettet.</source>
        <translation>{title} has been created.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar_views.py" line="136" />
        <source>+ {n} flere</source>
        <translation>+ {n} more</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="30" />
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="62" />
        <source>Revisitation</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="30" />
        <source>Registrér afgørelse</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="31" />
        <source>{child} – indstillet af {referrer} {received}, ønsker {places} pladser.</source>
        <translation>{child} – referred by {referrer} {received}, requests {places} places.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="52" />
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="57" />
        <source> pladser</source>
        <translation> places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="59" />
        <source>Barnet tæller for</source>
        <translation>The child counts as</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="65" />
        <source>Afgjort den</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="67" />
        <source>Udvalgets begrundelse og bemærkninger (skal udfyldes ved afslag)</source>
        <translation>The committee's reasons and remarks (required for a refusal)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="70" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_decision.py" line="71" />
        <source>Gem afgørelsen</source>
        <translation>Save the decision</translation>
    </message>
</context>
<context>
    <name>DevelopmentAssessmentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="114" />
        <source>Tilføj udviklingsvurdering</source>
        <translation>Add development assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="128" />
        <source> mdr.</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="129" />
        <source>Udviklingsalder i måneder</source>
        <translation>Developmental age in months</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="135" />
        <source>Fx hvad vurderingen bygger på</source>
        <translation>E.g. what the assessment is based on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="136" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="137" />
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="138" />
        <source>Udviklingsalder</source>
        <translation>Developmental age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="140" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="149" />
        <source>Barnets fødselsdato kendes ikke, så vurderingen kan ikke vises i grafen.</source>
        <translation>The child's date of birth is not known, so the assessment cannot be shown in the chart.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="153" />
        <source>Barnets alder den dag: {age}</source>
        <translation>The child's age on that day: {age}</translation>
    </message>
</context>
<context>
    <name>DevelopmentChart</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="54" />
        <source>Udviklingsprofil: udviklingsalder mod alder</source>
        <translation>Development profile: developmental age against age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="68" />
        <source>Alder (måneder)</source>
        <translation>Age (months)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="69" />
        <source>Udviklingsalder (måneder)</source>
        <translation>Developmental age (months)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="108" />
        <source>Alder = udviklingsalder</source>
        <translation>Age = developmental age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/development_chart.py" line="142" />
        <source>{domain}: udviklingsalder {level} mdr. ved alder {age} mdr.</source>
        <translation>{domain}: developmental age {level} months at age {age} months</translation>
    </message>
</context>
<context>
    <name>DevelopmentTab</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="109" />
        <source>som alderen</source>
        <translation>in line with age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="111" />
        <source>{n} mdr. under alderen</source>
        <translation>{n} months below age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="113" />
        <source>{n} mdr. over alderen</source>
        <translation>{n} months above age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="121" />
        <source>Tilføj vurdering</source>
        <translation>Add assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="126" />
        <source>Udviklingsprofil</source>
        <translation>Development profile</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="127" />
        <source>Udviklingsalder pr. område sammenlignet med barnets alder. Ligger et punkt under den stiplede linje, er barnet længere fremme i alder end i udvikling på det område.</source>
        <translation>Developmental age per area compared with the child's age. If a point lies below the dashed line, the child is further along in age than in development in that area.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="149" />
        <source>Der er endnu ingen udviklingsvurderinger. Tilføj den første med knappen ovenfor.</source>
        <translation>There are no development assessments yet. Add the first one with the button above.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="152" />
        <source>Barnets fødselsdato mangler, så nogle vurderinger kan ikke sammenlignes med alderen.</source>
        <translation>The child's date of birth is missing, so some assessments cannot be compared with the age.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="162" />
        <source>Seneste vurdering pr. område</source>
        <translation>Latest assessment per area</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="169" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="169" />
        <source>Udviklingsalder</source>
        <translation>Developmental age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="169" />
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="170" />
        <source>Forskel</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="170" />
        <source>Vurderet</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="170" />
        <source>Af</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>DomainChecklist</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="64" />
        <source>Læreplanstemaer</source>
        <translation>Curriculum themes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="65" />
        <source>Praktiske områder</source>
        <translation>Practical areas</translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="21" />
        <source>{title}, startet {start}.</source>
        <translation>{title}, started {start}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="24" />
        <source>Forløbet kan senest afsluttes {day}.</source>
        <translation>The course can be ended on {day} at the latest.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="26" />
        <source>Afslut forløb</source>
        <translation>End course</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="32" />
        <source>Sidste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="46" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_end.py" line="47" />
        <source>Afslut forløbet</source>
        <translation>End the course</translation>
    </message>
</context>
<context>
    <name>FolderTexts</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="27" />
        <source>Forsiden. Tekst efter en linje med --- står under det farvede bånd.</source>
        <translation>The front page. Text after a line with --- appears below the coloured band.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="29" />
        <source>Feltet, der foldes ind: det første, man ser, når folderen åbnes.</source>
        <translation>The panel that folds in: the first thing you see when the leaflet is opened.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="31" />
        <source>Bagsiden, udvendigt i midten. {kontakt} indsætter kontaktadressen.</source>
        <translation>The back page, outside in the middle. {kontakt} inserts the contact address.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="33" />
        <source>Indersiden, venstre felt.</source>
        <translation>Inside, left panel.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="34" />
        <source>Indersiden, midterste felt.</source>
        <translation>Inside, middle panel.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="35" />
        <source>Indersiden, højre felt.</source>
        <translation>Inside, right panel.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="36" />
        <source>Adressen på folderen, én linje ad gangen. Tom: organisationens adresse fra Indstillinger bruges.</source>
        <translation>The address on the leaflet, one line at a time. Empty: the organisation's address from Settings is used.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="40" />
        <source># titel  ·  ## overskrift  ·  - punkt  ·  &gt; fremhævet boks  ·  tom linje mellem afsnit</source>
        <translation># title  ·  ## heading  ·  - item  ·  &gt; highlighted box  ·  empty line between paragraphs</translation>
    </message>
</context>
<context>
    <name>FolderTextsDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="65" />
        <source>Folderens tekster</source>
        <translation>Leaflet texts</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="80" />
        <source>Folderen er et A4-ark på tværs, foldet i tre: seks felter. Vælg et felt og ret teksten; skriv i et enkelt sprog til forældrene.</source>
        <translation>The leaflet is an A4 sheet in landscape, folded in three: six panels. Choose a panel and edit the text; write in plain language for the parents.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="86" />
        <source>Felter i folderen</source>
        <translation>Panels in the leaflet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="100" />
        <source>Feltets tekst</source>
        <translation>The panel's text</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="102" />
        <source>Henter teksterne …</source>
        <translation>Fetching the texts …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="105" />
        <source>Gendan standardtekst</source>
        <translation>Restore standard text</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="125" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="127" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="141" />
        <source>Kontaktadresse</source>
        <translation>Contact address</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="189" />
        <source>Tom: organisationens adresse fra Indstillinger bruges.</source>
        <translation>Empty: the organisation's address from Settings is used.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="211" />
        <source>{n} af {max} tegn</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/folder_texts.py" line="221" />
        <source> · egen tekst</source>
        <translation> · own text</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="37" />
        <source>Opfølgninger</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39" />
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="59" />
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="74" />
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39" />
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="65" />
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="74" />
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39" />
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="67" />
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="75" />
        <source>Senest</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="58" />
        <source>Hvad skal gøres?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="64" />
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="69" />
        <source>Tilføj opfølgning</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="71" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="73" />
        <source>Fjern den valgte opfølgning, der ikke er gemt endnu</source>
        <translation>Remove the selected follow-up that has not been saved yet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="141" />
        <source>Ikke gemt endnu</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="158" />
        <source>Udført {day}</source>
        <translation>Done {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="160" />
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/follow_up_editor.py" line="161" />
        <source>Åben</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>GoalChecklist</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="153" />
        <source>Vælg barnet for at se dets mål.</source>
        <translation>Choose the child to see their goals.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="180" />
        <source>Mål: %1</source>
        <translation>Goals: %1</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="185" />
        <source>Barnet har ingen aktive mål.</source>
        <translation>The child has no active goals.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="44" />
        <source>Ret mål</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="44" />
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="48" />
        <source>For {name}</source>
        <translation>For {name}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_edit.py" line="64" />
        <source>Tilføj mål</source>
        <translation>Add goal</translation>
    </message>
</context>
<context>
    <name>GoalEvaluationList</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="37" />
        <source>Barnet har ingen åbne mål at evaluere.</source>
        <translation>The child has no open goals to evaluate.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="49" />
        <source>måldato {day}</source>
        <translation>target date {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="50" />
        <source>{n} observationer siden sidste statusmøde</source>
        <translation>{n} observations since the last status meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="57" />
        <source>Evaluering af {title}</source>
        <translation>Evaluation of {title}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="59" />
        <source>Ikke evalueret nu</source>
        <translation>Not evaluated now</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="64" />
        <source>Evalueringstekst for {title}</source>
        <translation>Evaluation text for {title}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="65" />
        <source>Hvad er set og nået?</source>
        <translation>What has been seen and achieved?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="68" />
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/goal_edit.ui" line="16" />
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="17" />
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="23" />
        <location filename="../../ui/goal_edit.ui" line="194" />
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="32" />
        <source>&amp;Udviklingsområde</source>
        <translation>&amp;Development area</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="34" />
        <location filename="../../ui/goal_edit.ui" line="46" />
        <location filename="../../ui/goal_edit.ui" line="61" />
        <location filename="../../ui/goal_edit.ui" line="76" />
        <location filename="../../ui/goal_edit.ui" line="91" />
        <location filename="../../ui/goal_edit.ui" line="104" />
        <location filename="../../ui/goal_edit.ui" line="117" />
        <location filename="../../ui/goal_edit.ui" line="129" />
        <location filename="../../ui/goal_edit.ui" line="163" />
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="39" />
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="44" />
        <source>&amp;Mål</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="51" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="52" />
        <source>Konkret og til at se, fx »Zoë bruger 10 tegn til tale på eget initiativ«</source>
        <translation>Concrete and visible, e.g. “Zoë uses 10 signs to communicate on her own initiative”</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="59" />
        <source>&amp;Tegn på udvikling</source>
        <translation>&amp;Signs of development</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="66" />
        <source>Tegn på udvikling</source>
        <translation>Signs of development</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="67" />
        <source>Hvad vil I se, når det går den rigtige vej?</source>
        <translation>What will you see when things are going the right way?</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="74" />
        <source>&amp;Indsats (hvad)</source>
        <translation>&amp;Action (what)</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="81" />
        <source>Indsats</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="82" />
        <source>Hvad gør I konkret?</source>
        <translation>What exactly will you do?</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="89" />
        <source>H&amp;vem</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="96" />
        <source>Hvem gør det</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="97" />
        <source>Fx mini-dagplejer og forældre</source>
        <translation>E.g. mini childminder and parents</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="102" />
        <source>Hvor &amp;ofte</source>
        <translation>How &amp;often</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="109" />
        <source>Hvor ofte</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="110" />
        <source>Fx dagligt ved måltiderne</source>
        <translation>E.g. daily at mealtimes</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="115" />
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="122" />
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="127" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="134" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="139" />
        <location filename="../../ui/goal_edit.ui" line="145" />
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="150" />
        <location filename="../../ui/goal_edit.ui" line="156" />
        <source>Måldato</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="161" />
        <source>&amp;Evaluering</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="168" />
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="169" />
        <source>Hvad er der set og nået? (udfyldes ved evaluering)</source>
        <translation>What has been seen and achieved? (filled in at evaluation)</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="180" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="187" />
        <source>Historik …</source>
        <translation>History …</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="188" />
        <source>Se alle ændringer af målet: hvem, hvornår, før og efter</source>
        <translation>See all changes to the goal: who, when, before and after</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="193" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="204" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="209" />
        <source>Gem mål</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <location filename="../../ui/goal_edit.ui" line="211" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>GoalHistoryDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="21" />
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="26" />
        <source>Historik for mål</source>
        <translation>Goal history</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="30" />
        <source>Ændringer af målet</source>
        <translation>Changes to the goal</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="31" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="31" />
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="32" />
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="32" />
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="33" />
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="49" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="56" />
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="56" />
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="57" />
        <source>Evalueret</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="57" />
        <source>Status ændret</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="78" />
        <source>{n} ændringer</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/goal_history.py" line="79" />
        <source>Ingen ændringer endnu.</source>
        <translation>No changes yet.</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="304" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="305" />
        <source>Barnets mål med status, måldato og hvor mange observationer der er knyttet til målet siden sidste statusmøde.</source>
        <translation>The child's goals with status, target date and how many observations have been linked to the goal since the last status meeting.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="61" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="63" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="66" />
        <source>Historik …</source>
        <translation>History …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="68" />
        <source>Ret mål …</source>
        <translation>Edit goal …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="70" />
        <source>Nyt mål …</source>
        <translation>New goal …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="76" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="77" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="97" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="77" />
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="78" />
        <source>Måldato</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="78" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="79" />
        <source>Observationer</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="80" />
        <source>Barnets mål</source>
        <translation>The child's goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="83" />
        <source>Observationer: antal observationer knyttet til målet siden sidste statusmøde.</source>
        <translation>Observations: number of observations linked to the goal since the last status meeting.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="87" />
        <source>Handleplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="89" />
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="91" />
        <source>Vis handleplan …</source>
        <translation>Show action plan …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="96" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="96" />
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="97" />
        <source>Næste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="98" />
        <source>Handleplanens versioner</source>
        <translation>Versions of the action plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="229" />
        <source>Målet er gemt: {title}</source>
        <translation>The goal has been saved: {title}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_goals.py" line="249" />
        <source>Gem handleplan som PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
</context>
<context>
    <name>GuestCarePanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="50" />
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="56" />
        <source>Berørte børn</source>
        <translation>Children affected</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="71" />
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="191" />
        <source>Forslag til gæstehjem (plads alle dage, nærmeste først)</source>
        <translation>Suggested guest homes (a place every day, nearest first)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="75" />
        <source>Gæstehjem</source>
        <translation>Guest home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="75" />
        <source>Ledige pladser</source>
        <translation>Free places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="75" />
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="76" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="76" />
        <source>Forslag til gæstehjem</source>
        <translation>Suggested guest homes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="81" />
        <source>Udskriv taskeseddel …</source>
        <translation>Print bag note …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="83" />
        <source>Aflys gæsteplejen</source>
        <translation>Cancel the guest care</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="85" />
        <source>Book gæstepleje</source>
        <translation>Book guest care</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="126" />
        <source>Vælg et fravær for at se de børn, det berører.</source>
        <translation>Choose an absence to see the children it affects.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="128" />
        <source>{home}, {reason} {period}: ingen børn er indskrevet i perioden.</source>
        <translation>{home}, {reason} {period}: no children are enrolled in the period.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="133" />
        <source>{home}, {reason} {period}: {n} børn skal passes andetsteds.</source>
        <translation>{home}, {reason} {period}: {n} children must be looked after elsewhere.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="138" />
        <source>Bemærkning: {note}</source>
        <translation>Remark: {note}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="155" />
        <source>gæstepleje hos {home}</source>
        <translation>guest care at {home}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="157" />
        <source>mangler gæstepleje</source>
        <translation>guest care missing</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="174" />
        <source>Særlige behov: {needs}</source>
        <translation>Special needs: {needs}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="188" />
        <source>Intet almindeligt dagplejehjem har plads alle dage i perioden.</source>
        <translation>No regular childminding home has a place every day in the period.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="195" />
        <source>Booket: gæstepleje hos {home} {period}</source>
        <translation>Booked: guest care at {home} {period}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="245" />
        <source>{child} er booket i gæstepleje hos {home} {period}. Giv gæstedagplejeren taskesedlen.</source>
        <translation>{child} is booked for guest care at {home} {period}. Give the guest childminder the bag note.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="261" />
        <source>Gæsteplejen for {child} er aflyst.</source>
        <translation>The guest care for {child} has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_guest_care.py" line="274" />
        <source>Taskeseddel – {child}</source>
        <translation>Bag note – {child}</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="28" />
        <source>Nyt minivejledningsforløb</source>
        <translation>New mini guidance course</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="29" />
        <source>Vejledning til et dagtilbud om en konkret udfordring: i alt 10 timer fordelt på videomøder, telefonsamtaler og fysiske møder.</source>
        <translation>Guidance for a day-care setting about a specific challenge: 10 hours in total, split between video meetings, phone calls and in-person meetings.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="33" />
        <source>fx Børnehuset Mælkebøtten, vuggestuegruppen</source>
        <translation>e.g. Dandelion Children's House, the nursery group</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="34" />
        <source>Dagtilbud</source>
        <translation>Day-care setting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="37" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="39" />
        <source>Ikke valgt endnu</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="44" />
        <source>Vejleder</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="46" />
        <source>Den udfordring, vejledningen handler om</source>
        <translation>The challenge the guidance is about</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="48" />
        <source>Udfordring</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="49" />
        <source>Start forløbet</source>
        <translation>Start the course</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="134" />
        <source>Pakken til barnets næste institution: følgebrev, om barnet og »Det virker for mig«, udvikling og trivsel, mål, den seneste godkendte handleplan, de observationer du vælger, kontakter og samtykket.</source>
        <translation>The package for the child's next institution: covering letter, about the child and “What works for me”, development and well-being, goals, the latest approved action plan, the observations you choose, contacts and the consent.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="141" />
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="149" />
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="142" />
        <source>Institutionens navn, fx Børnehaven Solsikken</source>
        <translation>The institution's name, e.g. Sunflower Kindergarten</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="157" />
        <source>Registrér samtykke …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="167" />
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="183" />
        <source>Observationer i pakken</source>
        <translation>Observations in the package</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="171" />
        <source>Vælg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="173" />
        <source>Vælg ingen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="179" />
        <source>Kun observationer, der må deles med samarbejdsparter, kan komme med. Nyeste først.</source>
        <translation>Only observations that may be shared with partners can be included. Newest first.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="191" />
        <source>Når pakken laves, registreres det, at oplysningerne er givet videre: hvad, til hvem, hvornår og under hvilket samtykke.</source>
        <translation>When the package is made, it is recorded that the information has been passed on: what, to whom, when and under which consent.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="198" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="200" />
        <source>Lav overleveringspakke</source>
        <translation>Make handover package</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="214" />
        <source>Skriv modtageren for at se samtykket.</source>
        <translation>Enter the recipient to see the consent.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="224" />
        <source>Overleveringspakke</source>
        <translation>Handover package</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="233" />
        <source>Henter observationer …</source>
        <translation>Fetching observations …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="257" />
        <source>Ingen af barnets observationer er markeret til deling med samarbejdsparter, så pakken kommer uden observationer. Delingen kan rettes på den enkelte observation.</source>
        <translation>None of the child's observations are marked for sharing with partners, so the package comes without observations. Sharing can be changed on each observation.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="296" />
        <source>{chosen} af {total} valgt</source>
        <translation>{chosen} of {total} selected</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="304" />
        <source>Ser efter samtykke …</source>
        <translation>Looking for consent …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="361" />
        <source>barnet</source>
        <translation>the child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/handover_packet.py" line="365" />
        <source>Overleveringspakke til {recipient} – {child}</source>
        <translation>Handover package to {recipient} – {child}</translation>
    </message>
</context>
<context>
    <name>HoldingView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="52" />
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="57" />
        <source>Referat pr. dagsordenspunkt</source>
        <translation>Minutes per agenda item</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="61" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="64" />
        <source>Beslutninger</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="65" />
        <source>Hvad blev besluttet?</source>
        <translation>What was decided?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="69" />
        <source>Opfølgning (hvem, hvad, hvornår)</source>
        <translation>Follow-up (who, what, when)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="72" />
        <source>Evaluering af mål</source>
        <translation>Evaluation of goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="76" />
        <source>Nye mål</source>
        <translation>New goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="88" />
        <source>Gem referat og markér mødet som afholdt</source>
        <translation>Save minutes and mark the meeting as held</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="123" />
        <source>Mødet er aflyst; der skrives ikke referat.</source>
        <translation>The meeting has been cancelled; no minutes are written.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="125" />
        <source>Mødet er afholdt. Du kan rette referatet og gemme igen; nye opfølgninger og mål lægges til.</source>
        <translation>The meeting has been held. You can edit the minutes and save again; new follow-ups and goals are added.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="128" />
        <source>Mødet er først den {day}. Referatet kan gemmes, når mødet er holdt.</source>
        <translation>The meeting is not until {day}. The minutes can be saved once the meeting has been held.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="132" />
        <source>Skriv referatet under mødet eller lige efter. Alt gemmes samlet, når du klikker »Gem referat«.</source>
        <translation>Write the minutes during the meeting or just after. Everything is saved together when you click “Save minutes”.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="140" />
        <source>Ingen deltagere registreret.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="148" />
        <source>Fremmøde for {name}</source>
        <translation>Attendance for {name}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="168" />
        <source>Referat: {title}</source>
        <translation>Minutes: {title}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="208" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_holding.py" line="217" />
        <source>Referatet er gemt, og mødet er afholdt: {f} nye opfølgninger, {e} mål evalueret, {g} nye mål.</source>
        <translation>The minutes have been saved and the meeting is held: {f} new follow-ups, {e} goals evaluated, {g} new goals.</translation>
    </message>
</context>
<context>
    <name>HomePedagogueDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="80" />
        <source>Nyt hjemmepædagogisk forløb</source>
        <translation>New home-based support course</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="81" />
        <source>Forløbet foregår i familiens hjem og varer højst 40 uger. Det afsluttes, når målene er nået, eller når familien henvises til en anden indsats.</source>
        <translation>The course takes place in the family's home and lasts at most 40 weeks. It ends when the goals have been reached or when the family is referred to another service.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="86" />
        <source>fx Familien Hansen (to børn på 1 og 3 år)</source>
        <translation>e.g. the Hansen family (two children aged 1 and 3)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="87" />
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="89" />
        <source>Intet bestemt barn</source>
        <translation>No particular child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="92" />
        <source>Barn (valgfrit)</source>
        <translation>Child (optional)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="94" />
        <source>Ikke valgt endnu</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="97" />
        <source>Hjemmepædagog</source>
        <translation>Home support educator</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="100" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="107" />
        <source> timer om ugen</source>
        <translation> hours per week</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="109" />
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="112" />
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="116" />
        <source>Planlagt afslutning</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="118" />
        <source>De mål, der aftales med familien ved opstartsmødet</source>
        <translation>The goals agreed with the family at the start-up meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="121" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="123" />
        <source>Planlæg</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="125" />
        <source>Opstartsmødets tidspunkt</source>
        <translation>Time of the start-up meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="131" />
        <source>Opstartsmøde</source>
        <translation>Start-up meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="132" />
        <source>Start forløbet</source>
        <translation>Start the course</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="23" />
        <source>Planlæg hjemmebesøg</source>
        <translation>Plan home visit</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="24" />
        <source>Besøg hos familien til {child} for at afklare barnets pædagogiske behov, før der findes et mini-dagplejehjem.</source>
        <translation>Visit to the family of {child} to clarify the child's educational needs before a mini childminding home is found.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="30" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="33" />
        <source>Klokken</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="37" />
        <source>Formål og noter</source>
        <translation>Purpose and notes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="38" />
        <source>Planlæg besøget</source>
        <translation>Plan the visit</translation>
    </message>
</context>
<context>
    <name>LanguageSettingsCard</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/language_settings.py" line="27" />
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/language_settings.py" line="39" />
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>LockSettingsCard</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="24" />
        <source>Automatisk lås</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="26" />
        <source>Programmet låser sig selv, når det ikke har været brugt i et stykke tid. Det, du er i gang med, bliver liggende, til du låser op med din adgangskode.</source>
        <translation>The program locks itself when it has not been used for a while. What you are working on stays where it is until you unlock with your password.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="30" />
        <source>&amp;Lås efter</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="34" />
        <source> minutter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="35" />
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="36" />
        <source>Lås efter antal minutter uden brug</source>
        <translation>Lock after number of minutes without use</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_settings.py" line="41" />
        <source>uden brug (0 = aldrig)</source>
        <translation>without use (0 = never)</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="21" />
        <source>Programmet er låst</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="24" />
        <source>%1 er låst</source>
        <translation>%1 is locked</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="27" />
        <source>Skriv din adgangskode for at fortsætte.</source>
        <translation>Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="29" />
        <source>Log ind – Dagpleje Desktop</source>
        <translation>Log in – Dagpleje Desktop</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="31" />
        <source>Data: {location}</source>
        <translation>Data: {location}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="49" />
        <source>Skriv dit brugernavn.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/login.py" line="50" />
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../ui/login.ui" line="22" />
        <source>Log ind med dit brugernavn og din adgangskode.</source>
        <translation>Log in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="29" />
        <source>Demo: brugernavnet er »demo«, og adgangskoden er »demo«.</source>
        <translation>Demo: the username is “demo” and the password is “demo”.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="43" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="50" />
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="63" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="71" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="85" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="110" />
        <source>Logger ind</source>
        <translation>Logging in</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="115" />
        <source>Logger ind …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="127" />
        <location filename="../../ui/login.ui" line="129" />
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="60" />
        <source>Indhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="105" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="121" />
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="121" />
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="122" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="122" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="123" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="124" />
        <source>Synkronisering</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="125" />
        <source>Udskrifter</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="125" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="126" />
        <source>Visitation</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="130" />
        <source>Logget ind som {name} ({role})</source>
        <translation>Logged in as {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="133" />
        <source>Data: {location}</source>
        <translation>Data: {location}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="139" />
        <source>Demodata – ikke rigtige børn</source>
        <translation>Demo data – not real children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="146" />
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="153" />
        <source>＋  Ny observation</source>
        <translation>＋  New observation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="156" />
        <source>Skriv en ny observation (Ctrl+N)</source>
        <translation>Write a new observation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/main_window.py" line="161" />
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="37" />
        <source>Vis møder</source>
        <translation>Show meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="38" />
        <source>Kommende og uden referat</source>
        <translation>Upcoming and without minutes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="39" />
        <source>Afholdte</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="40" />
        <source>Alle, også aflyste</source>
        <translation>All, including cancelled</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="43" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="48" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="45" />
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="51" />
        <source>Åbn mødet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="53" />
        <source>Planlæg møde …</source>
        <translation>Plan meeting …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="68" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="98" />
        <source>Alle børn</source>
        <translation>All children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="130" />
        <source>{n} møder</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="130" />
        <source>1 møde</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="132" />
        <source> – {n} mangler referat</source>
        <translation> – {n} missing minutes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="136" />
        <source>Der er ingen kommende møder. Klik »Planlæg møde« for at planlægge et.</source>
        <translation>There are no upcoming meetings. Click “Plan meeting” to plan one.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_list.py" line="138" />
        <source>Der er ingen møder at vise.</source>
        <translation>There are no meetings to show.</translation>
    </message>
</context>
<context>
    <name>MeetingPlanForm</name>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="16" />
        <location filename="../../ui/meeting_plan.ui" line="256" />
        <source>Planlæg møde</source>
        <translation>Plan meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="17" />
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="22" />
        <source>Vælg barn, tid og sted. Forældre og barnets faste samarbejdsparter er foreslået som deltagere, og dagsordenen er udfyldt, så den passer til mødetypen.</source>
        <translation>Choose child, time and place. The parents and the child's regular partners are suggested as participants, and the agenda is filled in to suit the meeting type.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="24" />
        <location filename="../../ui/meeting_plan.ui" line="241" />
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="33" />
        <source>&amp;Mødetype</source>
        <translation>&amp;Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="35" />
        <location filename="../../ui/meeting_plan.ui" line="47" />
        <location filename="../../ui/meeting_plan.ui" line="60" />
        <location filename="../../ui/meeting_plan.ui" line="72" />
        <location filename="../../ui/meeting_plan.ui" line="104" />
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="40" />
        <source>Mødetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="45" />
        <source>&amp;Barn</source>
        <translation>&amp;Child</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="52" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="58" />
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="65" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="70" />
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="80" />
        <source>Starttidspunkt</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="85" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="90" />
        <source>Sluttidspunkt</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="102" />
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="109" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="110" />
        <source>Fx dagplejehjemmet, dagplejekontoret eller familiens hjem</source>
        <translation>E.g. the childminding home, the childminding office or the family's home</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="123" />
        <location filename="../../ui/meeting_plan.ui" line="136" />
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="124" />
        <location filename="../../ui/meeting_plan.ui" line="170" />
        <source>sectionTitle</source>
        <translation>sectionTitle</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="129" />
        <source>Fjern fluebenet ved dem, der ikke skal inviteres.</source>
        <translation>Untick the people who should not be invited.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="131" />
        <location filename="../../ui/meeting_plan.ui" line="177" />
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="145" />
        <source>Anden deltagers navn</source>
        <translation>Other participant's name</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="146" />
        <source>Anden deltager</source>
        <translation>Other participant</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="151" />
        <source>Anden deltagers rolle</source>
        <translation>Other participant's role</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="152" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="157" />
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="169" />
        <location filename="../../ui/meeting_plan.ui" line="182" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="175" />
        <source>Dobbeltklik på et punkt for at rette det.</source>
        <translation>Double-click an item to edit it.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="183" />
        <source>Dobbeltklik på et punkt for at rette teksten</source>
        <translation>Double-click an item to edit the text</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="192" />
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="197" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="202" />
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="203" />
        <source>Flyt punktet op</source>
        <translation>Move the item up</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="208" />
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="209" />
        <source>Flyt punktet ned</source>
        <translation>Move the item down</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="219" />
        <source>Standarddagsorden</source>
        <translation>Standard agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="220" />
        <source>Sæt dagsordenen tilbage til standarden for mødetypen</source>
        <translation>Reset the agenda to the standard for the meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="233" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="240" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="251" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_plan.ui" line="258" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="45" />
        <source>‹ Alle møder</source>
        <translation>‹ All meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="50" />
        <source>Udskriv dagsorden …</source>
        <translation>Print agenda …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="52" />
        <source>Udskriv referat …</source>
        <translation>Print minutes …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="54" />
        <source>Flyt …</source>
        <translation>Move …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="56" />
        <source>Aflys …</source>
        <translation>Cancel …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="80" />
        <source>1  Forberedelse</source>
        <translation>1  Preparation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="81" />
        <source>2  Afholdelse</source>
        <translation>2  Holding</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="82" />
        <source>3  Afslutning</source>
        <translation>3  Conclusion</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="100" />
        <source>Mødet kunne ikke vises</source>
        <translation>The meeting could not be shown</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="135" />
        <source>Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det.</source>
        <translation>The meeting is not about a particular child, so no action plan is made from it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="139" />
        <source>Ingen deltagere registreret.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="146" />
        <source>Deltagere: {people}</source>
        <translation>Participants: {people}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="183" />
        <source>Mødet er flyttet til {when}.</source>
        <translation>The meeting has been moved to {when}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="196" />
        <source>Mødet er aflyst.</source>
        <translation>The meeting has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="206" />
        <source>Gem dagsorden som PDF</source>
        <translation>Save agenda as PDF</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_workspace.py" line="213" />
        <source>Gem referat som PDF</source>
        <translation>Save minutes as PDF</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="39" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="46" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="47" />
        <source>Mål og handleplaner</source>
        <translation>Goals and action plans</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings.py" line="48" />
        <source>Tilsyn og hjemmebesøg</source>
        <translation>Supervision and home visits</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar_views.py" line="208" />
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/calendar_views.py" line="216" />
        <source>Uge {n}</source>
        <translation>Week {n}</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="85" />
        <source>Flyt møde</source>
        <translation>Move meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="89" />
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="98" />
        <source>Ny dato</source>
        <translation>New date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="91" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="93" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="97" />
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="107" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="100" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="103" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="113" />
        <source>Flyt mødet</source>
        <translation>Move the meeting</translation>
    </message>
</context>
<context>
    <name>NewGoalsList</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="106" />
        <source>Tilføj nyt mål …</source>
        <translation>Add new goal …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="148" />
        <source>Ingen nye mål endnu.</source>
        <translation>No new goals yet.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="153" />
        <source>, måldato {day}</source>
        <translation>, target date {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="155" />
        <source>gemmes med referatet</source>
        <translation>saved with the minutes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_evaluation.py" line="156" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ObservationFilterBar</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="27" />
        <source>Hele perioden</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="28" />
        <source>Seneste måned</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="29" />
        <source>Seneste 3 måneder</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="30" />
        <source>Seneste 6 måneder</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="31" />
        <source>Seneste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="32" />
        <source>Vælg datoer …</source>
        <translation>Choose dates …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="68" />
        <source>Nulstil filtre</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="101" />
        <source>Filtrér på udviklingsområde</source>
        <translation>Filter by development area</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="102" />
        <source>Alle udviklingsområder</source>
        <translation>All development areas</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="107" />
        <source>Filtrér på position</source>
        <translation>Filter by position</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="108" />
        <source>Alle positioner</source>
        <translation>All positions</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="112" />
        <source>Uden position</source>
        <translation>No position</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="114" />
        <source>Filtrér på mål</source>
        <translation>Filter by goal</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="115" />
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="234" />
        <source>Alle mål</source>
        <translation>All goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="116" />
        <source>Filtrér på hvem der skrev</source>
        <translation>Filter by who wrote it</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="117" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="118" />
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="144" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="122" />
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="123" />
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="131" />
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="132" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="133" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="134" />
        <source>Skrevet af</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="146" />
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="147" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_filters.py" line="172" />
        <source>Fra-datoen ligger efter til-datoen.</source>
        <translation>The from date is after the to date.</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <location filename="../../ui/observation_form.ui" line="18" />
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="19" />
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="31" />
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="32" />
        <location filename="../../ui/observation_form.ui" line="321" />
        <location filename="../../ui/observation_form.ui" line="333" />
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="41" />
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="56" />
        <source>&amp;Barn</source>
        <translation>&amp;Child</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="58" />
        <location filename="../../ui/observation_form.ui" line="65" />
        <location filename="../../ui/observation_form.ui" line="109" />
        <location filename="../../ui/observation_form.ui" line="132" />
        <location filename="../../ui/observation_form.ui" line="180" />
        <location filename="../../ui/observation_form.ui" line="214" />
        <location filename="../../ui/observation_form.ui" line="230" />
        <location filename="../../ui/observation_form.ui" line="259" />
        <location filename="../../ui/observation_form.ui" line="275" />
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="63" />
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="70" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="71" />
        <source>Vælg barnet …</source>
        <translation>Choose the child …</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="80" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="82" />
        <source>d. MMMM yyyy 'kl.' HH.mm</source>
        <translation>d MMMM yyyy 'at' HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="93" />
        <location filename="../../ui/observation_form.ui" line="100" />
        <location filename="../../ui/observation_form.ui" line="167" />
        <location filename="../../ui/observation_form.ui" line="305" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="107" />
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="114" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="115" />
        <source>Fx ved frokosten, på legepladsen, ved aflevering</source>
        <translation>E.g. at lunch, in the playground, at drop-off</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="130" />
        <source>Hvad så du? (&amp;Observation)</source>
        <translation>What did you see? (&amp;Observation)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="143" />
        <source>Brug s&amp;kabelon</source>
        <translation>Use t&amp;emplate</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="144" />
        <source>Indsætter overskrifterne »Hvad skete der?«, »Hvad gjorde barnet?«, »Hvad tænker jeg?« og »Næste skridt«</source>
        <translation>Inserts the headings “What happened?”, “What did the child do?”, “What do I think?” and “Next step”</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="145" />
        <source>Brug skabelon</source>
        <translation>Use template</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="153" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="154" />
        <source>Det du så og hørte. Fortryd med Ctrl+Z, gentag med Ctrl+Shift+Z eller Ctrl+Y.</source>
        <translation>What you saw and heard. Undo with Ctrl+Z, redo with Ctrl+Shift+Z or Ctrl+Y.</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="155" />
        <source>Beskriv det, du så og hørte – med barnets egne ord, hvis du kan.</source>
        <translation>Describe what you saw and heard – in the child's own words if you can.</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="179" />
        <source>Bilag (foto eller dokument, højst 10 MB)</source>
        <translation>Attachments (photo or document, at most 10 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="213" />
        <source>Udviklingsområder (vælg gerne flere)</source>
        <translation>Development areas (choose several if you like)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="229" />
        <source>Trivsel (position)</source>
        <translation>Well-being (position)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="245" />
        <source>Bek&amp;ymring – jeg er bekymret for barnet</source>
        <translation>Con&amp;cern – I am concerned about the child</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="246" />
        <source>Bekymring</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="258" />
        <source>Knyt til barnets mål</source>
        <translation>Link to the child's goals</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="274" />
        <source>Må deles med</source>
        <translation>May be shared with</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="304" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="313" />
        <source>S&amp;let …</source>
        <translation>De&amp;lete …</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="314" />
        <source>Slet observationen</source>
        <translation>Delete the observation</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="320" />
        <source>Gem: Ctrl+S eller Ctrl+Enter · Annullér: Esc</source>
        <translation>Save: Ctrl+S or Ctrl+Enter · Cancel: Esc</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="332" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="338" />
        <location filename="../../ui/observation_form.ui" line="339" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="345" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="346" />
        <source>Gem observationen</source>
        <translation>Save the observation</translation>
    </message>
    <message>
        <location filename="../../ui/observation_form.ui" line="348" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>ObservationFormDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="85" />
        <source>Kladden kunne ikke gemmes: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="90" />
        <source>Du fortsætter fra en kladde, der ikke blev gemt. Tjek teksten, og tryk Gem.</source>
        <translation>You are continuing from a draft that was not saved. Check the text and press Save.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="99" />
        <source>Redigér observation</source>
        <translation>Edit observation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="99" />
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="248" />
        <source>Vælg barnet for at se dets mål.</source>
        <translation>Choose the child to see their goals.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="253" />
        <source>Henter barnets mål …</source>
        <translation>Fetching the child's goals …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="276" />
        <source>Kladde gemt kl. %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="285" />
        <source>Vælg barnet, observationen handler om.</source>
        <translation>Choose the child the observation is about.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="288" />
        <source>Skriv, hvad du så – teksten er tom.</source>
        <translation>Write what you saw – the text is empty.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="291" />
        <source>Tidspunktet ligger i fremtiden.</source>
        <translation>The time is in the future.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="294" />
        <source>Vent et øjeblik: bilagene læses ind.</source>
        <translation>Please wait a moment: the attachments are being read.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_form.py" line="325" />
        <source>Bilag ikke gemt</source>
        <translation>Attachment not saved</translation>
    </message>
</context>
<context>
    <name>ObservationForms</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_launcher.py" line="78" />
        <source>Observationen kan ikke åbnes</source>
        <translation>The observation cannot be opened</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/observation_launcher.py" line="150" />
        <source>Ikke-gemte observationer</source>
        <translation>Unsaved observations</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/office_form.py" line="89" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/office_form.py" line="93" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="33" />
        <source>Visitation, fravær og forløb</source>
        <translation>Referrals, absence and courses</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="40" />
        <source>Indstillinger og visitation</source>
        <translation>Settings and referrals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="44" />
        <source>Fravær og gæstepleje</source>
        <translation>Absence and guest care</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office.py" line="45" />
        <source>Forløb</source>
        <translation>Courses</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="28" />
        <source>Børn i din dagpleje</source>
        <translation>Children in your childminding</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="29" />
        <source>Børn du arbejder med</source>
        <translation>Children you work with</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="30" />
        <source>Indskrevne børn</source>
        <translation>Enrolled children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="36" />
        <source>God morgen</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="38" />
        <source>Goddag</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="39" />
        <source>God aften</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="69" />
        <source>Henter oversigten …</source>
        <translation>Fetching the overview …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="94" />
        <source>{greeting}, {name}</source>
        <translation>{greeting}, {name}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="96" />
        <source>I dag er det {weekday} den {date}.</source>
        <translation>Today is {weekday} {date}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="119" />
        <source>Oversigten kunne ikke hentes. </source>
        <translation>The overview could not be fetched. </translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="126" />
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="128" />
        <source>Der er endnu ingen børn registreret.</source>
        <translation>No children have been registered yet.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="135" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="136" />
        <source>{n} dagplejehjem</source>
        <translation>{n} childminding homes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/overview.py" line="137" />
        <source>{places} pladser, {free} ledige i dag</source>
        <translation>{places} places, {free} free today</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="43" />
        <source>{title} – vis udskrift</source>
        <translation>{title} – show printout</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="63" />
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="64" />
        <source>Gem en kopi som PDF-fil (Ctrl+S)</source>
        <translation>Save a copy as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="65" />
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="66" />
        <source>Vælg printer og udskriv (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="80" />
        <source>Prøv igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="92" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="174" />
        <source>Afbryder …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="181" />
        <source>Udskriften bliver lavet …</source>
        <translation>The printout is being made …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="183" />
        <source>Opbygger {what} …</source>
        <translation>Building {what} …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="201" />
        <source>Udskriften kunne ikke vises. Prøv at lave den igen.</source>
        <translation>The printout could not be shown. Try making it again.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="215" />
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="216" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="223" />
        <source>Gemmer PDF-filen …</source>
        <translation>Saving the PDF file …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="230" />
        <source>Gemt som PDF: {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="246" />
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="255" />
        <source>Udskriver …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview.py" line="263" />
        <source>Sendt til printeren: {pages} side(r).</source>
        <translation>Sent to the printer: {pages} page(s).</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/pdf_saver.py" line="43" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/pdf_saver.py" line="46" />
        <source>Gemmer PDF-filen …</source>
        <translation>Saving the PDF file …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/pdf_saver.py" line="50" />
        <source>Gemt som PDF: {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="72" />
        <source>Udskriften</source>
        <translation>The printout</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="94" />
        <source>Formindsk (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="95" />
        <source>Formindsk</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="96" />
        <source>Forstør (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="97" />
        <source>Forstør</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="100" />
        <source>Tilpas bredde</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="101" />
        <source>Hele sidens bredde i vinduet (Ctrl+0)</source>
        <translation>The whole width of the page in the window (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="104" />
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="105" />
        <source>Forrige side</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="106" />
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="107" />
        <source>Næste side</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/pdf_preview_viewer.py" line="220" />
        <source>Side {page} af {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="35" />
        <source>Find dagplejehjem og indskriv</source>
        <translation>Find childminding home and enrol</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="36" />
        <source>{child} tæller for {places} pladser. Hjem med plads fra startdatoen står øverst, dem hvis indretning passer bedst til barnets behov først.</source>
        <translation>{child} counts as {places} places. Homes with a place from the start date are at the top, those whose layout best suits the child's needs first.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="43" />
        <source>Start i dagplejen</source>
        <translation>Start in childminding</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="46" />
        <source>Mini-dagplejehjem</source>
        <translation>Mini childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="47" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="47" />
        <source>Ledige</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="48" />
        <source>Passer til behov</source>
        <translation>Suits needs</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="49" />
        <source>Indretning</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="67" />
        <source>Indskriv barnet</source>
        <translation>Enrol the child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="87" />
        <source>{free} af {places}</source>
        <translation>{free} of {places}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="89" />
        <source> – ikke plads</source>
        <translation> – no place</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="103" />
        <source>{n} af {total} mini-dagplejehjem har plads til {child} fra startdatoen.</source>
        <translation>{n} of {total} mini childminding homes have a place for {child} from the start date.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_placement.py" line="108" />
        <source>Intet mini-dagplejehjem har plads til {places} pladser fra startdatoen. Vælg en senere startdato, eller tag sagen op på visitationsudvalgets næste møde.</source>
        <translation>No mini childminding home has room for {places} places from the start date. Choose a later start date, or raise the case at the referral committee's next meeting.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="57" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="63" />
        <source>Baggrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="58" />
        <source>Barnets situation og baggrunden for planen</source>
        <translation>The child's situation and the background for the plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="59" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="64" />
        <source>Ressourcer</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="60" />
        <source>Hvad lykkes, hvad virker for barnet?</source>
        <translation>What succeeds, what works for the child?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="61" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="65" />
        <source>Udfordringer</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="62" />
        <source>Hvad er svært lige nu?</source>
        <translation>What is difficult right now?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="68" />
        <source>Mål og indsatser i planen</source>
        <translation>Goals and actions in the plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="69" />
        <source>Sæt flueben ved de mål, der skal med (der anbefales 2-4). Indsatsen (hvad, hvem, hvor ofte) rettes på målet.</source>
        <translation>Tick the goals to include (2–4 are recommended). The action (what, who, how often) is edited on the goal.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="76" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="77" />
        <source>Aftaler med forældrene</source>
        <translation>Agreements with the parents</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="78" />
        <source>Hvem gør hvad, hvornår?</source>
        <translation>Who does what, and when?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="83" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="87" />
        <source>Periode fra</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="84" />
        <source>Periode til</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="85" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="90" />
        <source>Næste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="95" />
        <source>Godkendelse</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="97" />
        <source>Godkend handleplanen nu</source>
        <translation>Approve the action plan now</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="100" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="104" />
        <source>Godkendt den</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="108" />
        <source>Underskrevet af (én pr. linje)</source>
        <translation>Signed by (one per line)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="109" />
        <source>Underskrevet af</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="110" />
        <source>Fx forældre og konsulent</source>
        <translation>E.g. parents and consultant</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="134" />
        <source>Barnet har ingen mål endnu. Opret mål under »2 Afholdelse« eller »Mål og handleplaner«.</source>
        <translation>The child has no goals yet. Create goals under “2 Holding” or “Goals and action plans”.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="144" />
        <source>Ret mål …</source>
        <translation>Edit goal …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="145" />
        <source>Ret målet {title}</source>
        <translation>Edit the goal {title}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_plan_form.py" line="146" />
        <source>Ret mål, tegn og indsats (hvad, hvem, hvor ofte)</source>
        <translation>Edit goal, signs and action (what, who, how often)</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="68" />
        <source>Planlæg møde</source>
        <translation>Plan meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="79" />
        <source>Intet bestemt barn</source>
        <translation>No particular child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="176" />
        <source>Skriv navnet på deltageren.</source>
        <translation>Enter the participant's name.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_plan.py" line="214" />
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>PlanViewDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="115" />
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="120" />
        <source>Handleplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="126" />
        <source>Udskriv handleplan …</source>
        <translation>Print action plan …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="129" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/plan_view.py" line="146" />
        <source>Gem handleplan som PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
</context>
<context>
    <name>PlannedEndDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="154" />
        <source>Ret planlagt afslutning</source>
        <translation>Change planned end</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="155" />
        <source>{title}, startet {start}.</source>
        <translation>{title}, started {start}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="161" />
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="165" />
        <source>Planlagt afslutning</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_home_pedagogue.py" line="166" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PositionPicker</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="112" />
        <source>Trivsel: %1</source>
        <translation>Well-being: %1</translation>
    </message>
</context>
<context>
    <name>PreparationView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="119" />
        <source>Byg forberedelse</source>
        <translation>Build preparation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="123" />
        <source>Samler alt siden sidste statusmøde: observationer pr. mål og udviklingsområde, trivsel, vurderinger, åbne opfølgninger og mål, der forfalder.</source>
        <translation>Gathers everything since the last status meeting: observations per goal and development area, well-being, assessments, open follow-ups and goals that are due.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="131" />
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="136" />
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="139" />
        <source>Dine noter til mødet</source>
        <translation>Your notes for the meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="140" />
        <source>Skriv dine noter her, fx en statusbeskrivelse og spørgsmål til forældrene.</source>
        <translation>Write your notes here, e.g. a status description and questions for the parents.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="144" />
        <source>Indsæt forslag</source>
        <translation>Insert suggestion</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="146" />
        <source>Indsæt et udkast bygget ud fra forberedelsen</source>
        <translation>Insert a draft built from the preparation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="147" />
        <source>Gem noter</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="170" />
        <source>Klik »Byg forberedelse« for at samle alt siden sidste statusmøde.</source>
        <translation>Click “Build preparation” to gather everything since the last status meeting.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="183" />
        <source>Samler forberedelsen …</source>
        <translation>Gathering the preparation …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="192" />
        <source>Forberedelsen er bygget ud fra data på denne computer ({n} observationer).</source>
        <translation>The preparation is built from the data on this computer ({n} observations).</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/meetings_preparation.py" line="220" />
        <source>Noterne er gemt.</source>
        <translation>The notes have been saved.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="70" />
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="71" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="72" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="73" />
        <source>Tilsynsrapport</source>
        <translation>Supervision report</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="74" />
        <source>Overleveringspakke</source>
        <translation>Handover package</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="75" />
        <source>Folder</source>
        <translation>Leaflet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="76" />
        <source>Barnets mappe</source>
        <translation>The child's record</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="77" />
        <source>Taskeseddel</source>
        <translation>Bag note</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="80" />
        <source>Handleplanen med baggrund, mål, indsatser og aftaler med forældrene – med linjer til underskrift.</source>
        <translation>The action plan with background, goals, actions and agreements with the parents – with lines for signatures.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="83" />
        <source>Dagsorden til mødet med forberedelsen: opfølgning på aftaler, mål der skal evalueres, og hvad der er sket siden sidst.</source>
        <translation>Agenda for the meeting with the preparation: follow-up on agreements, goals to be evaluated and what has happened since last time.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="86" />
        <source>Referat af mødet: hvem der var med, beslutninger og aftaler om opfølgning.</source>
        <translation>Minutes of the meeting: who took part, decisions and agreements on follow-up.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="89" />
        <source>Rapport fra tilsynet eller hjemmebesøget med noter og aftaler om opfølgning.</source>
        <translation>Report from the supervision or home visit with notes and agreements on follow-up.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="92" />
        <source>Pakken til barnets næste institution. Den kan kun laves, når der er et gyldigt samtykke til overlevering til modtageren, og den registreres som videregivet.</source>
        <translation>The package for the child's next institution. It can only be made when there is a valid consent to hand over to the recipient, and it is recorded as passed on.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="96" />
        <source>Informationsfolderen om Mini-dagplejen til forældre: A4 på tværs, foldet i tre.</source>
        <translation>The information leaflet about the Mini childminding for parents: A4 landscape, folded in three.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="99" />
        <source>Alt om barnet samlet med indholdsfortegnelse, fx til arkivet eller når forældrene beder om indsigt.</source>
        <translation>Everything about the child gathered with a table of contents, e.g. for the archive or when the parents ask for access.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/printing.py" line="102" />
        <source>Et ark, der følger barnet i gæstepleje: rutiner, behov, allergier, medicin og hvem man ringer til.</source>
        <translation>A sheet that follows the child into guest care: routines, needs, allergies, medication and whom to call.</translation>
    </message>
</context>
<context>
    <name>PrintsPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="117" />
        <source>Udskrifter</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="119" />
        <source>Vælg et dokument og hvem det handler om. Du ser udskriften, før du gemmer den som PDF eller udskriver den.</source>
        <translation>Choose a document and who it is about. You see the printout before you save it as a PDF or print it.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="138" />
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="145" />
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="163" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="150" />
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="164" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="155" />
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="162" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="156" />
        <source>Fx forældrenes anmodning om indsigt (kan udelades)</source>
        <translation>E.g. the parents' request for access (can be left out)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="175" />
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="252" />
        <source>Vis udskrift</source>
        <translation>Show printout</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="178" />
        <source>Redigér tekster …</source>
        <translation>Edit texts …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="234" />
        <source>Ingen børn endnu</source>
        <translation>No children yet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="245" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="246" />
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="247" />
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="251" />
        <source>Lav overleveringspakke …</source>
        <translation>Make handover package …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="272" />
        <source>Henter …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="311" />
        <source>Ingen handleplaner</source>
        <translation>No action plans</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="312" />
        <source>Ingen besøg</source>
        <translation>No visits</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="313" />
        <source>Ingen afholdte møder</source>
        <translation>No meetings held</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="314" />
        <source>Ingen møder</source>
        <translation>No meetings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="319" />
        <source>Barnet har ingen handleplan endnu. Den laves ved et statusmøde under Møder.</source>
        <translation>The child has no action plan yet. It is made at a status meeting under Meetings.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="322" />
        <source>Der er ikke registreret tilsyn eller hjemmebesøg for barnet eller dets dagplejehjem.</source>
        <translation>No supervision visits or home visits are recorded for the child or their childminding home.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="325" />
        <source>Referatet kan udskrives, når et møde er afholdt.</source>
        <translation>The minutes can be printed once a meeting has been held.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="326" />
        <source>Barnet har ingen møder. Møder planlægges under Møder.</source>
        <translation>The child has no meetings. Meetings are planned under Meetings.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="347" />
        <source>Folder om Mini-dagplejen</source>
        <translation>Leaflet about the Mini childminding</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/prints.py" line="393" />
        <source>Folderens tekster er gemt. Vis udskrift for at se folderen med dem.</source>
        <translation>The leaflet texts have been saved. Show the printout to see the leaflet with them.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <location filename="../../ui/recovery_key.ui" line="16" />
        <source>Din gendannelsesnøgle</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="17" />
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="22" />
        <source>Skriv nøglen ned, og gem papiret et sikkert sted, fx i et aflåst skab. Nøglen vises kun denne ene gang. Du skal bruge den, hvis du glemmer din adgangskode; uden den kan ingen åbne dataene.</source>
        <translation>Write the key down and keep the paper somewhere safe, e.g. in a locked cupboard. The key is shown only this once. You will need it if you forget your password; without it nobody can open the data.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="32" />
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="39" />
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="40" />
        <source>Kopiér nøglen til udklipsholderen</source>
        <translation>Copy the key to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="46" />
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="67" />
        <location filename="../../ui/recovery_key.ui" line="68" />
        <source>Jeg har skrevet nøglen ned</source>
        <translation>I have written the key down</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="79" />
        <location filename="../../ui/recovery_key.ui" line="81" />
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="82" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="58" />
        <source>Registrér afgørelse …</source>
        <translation>Record decision …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="72" />
        <source>Efter bevillingen</source>
        <translation>After approval</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="75" />
        <source>Revisitation …</source>
        <translation>Re-assessment …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="76" />
        <source>Planlæg hjemmebesøg …</source>
        <translation>Plan home visit …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="77" />
        <source>Find hjem og indskriv …</source>
        <translation>Find home and enrol …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="78" />
        <source>Planlæg opstartsmøde …</source>
        <translation>Plan start-up meeting …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="114" />
        <source>Vælg en indstilling</source>
        <translation>Choose a referral</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="115" />
        <source>Vælg en indstilling på listerne for at se den og registrere afgørelsen og de næste skridt.</source>
        <translation>Choose a referral in the lists to see it and record the decision and the next steps.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="123" />
        <source>Begrundelse: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="125" />
        <source>Udvalgets notat: {note}</source>
        <translation>The committee's note: {note}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="132" />
        <source>Sæt på mødet {day}</source>
        <translation>Put on the meeting {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="134" />
        <source>Sæt indstillingen på visitationsudvalgets møde den valgte dag</source>
        <translation>Put the referral on the referral committee's meeting on the chosen day</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="144" />
        <source> {day}</source>
        <translation> {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="145" />
        <source>indstillet af {who} {day}</source>
        <translation>referred by {who} {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="147" />
        <source>ønsker {n} pladser</source>
        <translation>requests {n} places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="149" />
        <source>CPR {cpr}</source>
        <translation>CPR {cpr}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="151" />
        <source>{n} bilag</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="165" />
        <source>Bevilget {n} pladser</source>
        <translation>Granted {n} places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="167" />
        <source>, revisitation {day}</source>
        <translation>, re-assessment {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="170" />
        <source>Hjemmebesøg {when}</source>
        <translation>Home visit {when}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="171" />
        <source>Hjemmebesøg hos familien</source>
        <translation>Home visit to the family</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="174" />
        <source>Indskrevet hos {home} fra {day}</source>
        <translation>Enrolled at {home} from {day}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="176" />
        <source>Mini-dagplejehjem med plads</source>
        <translation>Mini childminding home with a place</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="179" />
        <source>Opstartsmøde {when}</source>
        <translation>Start-up meeting {when}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="180" />
        <source>Opstartsmøde hos mini-dagplejeren</source>
        <translation>Start-up meeting at the mini childminder's</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="183" />
        <source>Konsulenternes besøg hos familien for at afklare barnets pædagogiske behov</source>
        <translation>The consultants' visit to the family to clarify the child's educational needs</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="185" />
        <source>Et mini-dagplejehjem med plads og en indretning, der passer til barnets behov</source>
        <translation>A mini childminding home with a place and a layout that suits the child's needs</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="187" />
        <source>Med forældrene, mini-dagplejeren og samarbejdsparterne</source>
        <translation>With the parents, the mini childminder and the partners</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="188" />
        <source>Indskriv barnet først: mødet holdes hos mini-dagplejeren.</source>
        <translation>Enrol the child first: the meeting is held at the mini childminder's.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="218" />
        <source>{child} er sat på udvalgsmødet {day}.</source>
        <translation>{child} has been put on the committee meeting {day}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="230" />
        <source>Afgørelsen er gemt: {status}.</source>
        <translation>The decision has been saved: {status}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="235" />
        <source>Hjemmebesøget er planlagt {when}.</source>
        <translation>The home visit is planned for {when}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="240" />
        <source>{child} er indskrevet hos {home} fra {day}.</source>
        <translation>{child} is enrolled at {home} from {day}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referral_panel.py" line="247" />
        <source>Opstartsmødet er planlagt {when}. Det står også under Møder.</source>
        <translation>The start-up meeting is planned for {when}. It is also listed under Meetings.</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="91" />
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="94" />
        <source>Til visitationsudvalget</source>
        <translation>For the referral committee</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93" />
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93" />
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="108" />
        <source>Pladser</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="93" />
        <source>Indstillet af</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="99" />
        <source>Vis indstillinger</source>
        <translation>Show referrals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="100" />
        <source>Åbne og bevilgede</source>
        <translation>Open and granted</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="101" />
        <source>Alle, også afslåede</source>
        <translation>All, including refused</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="103" />
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="153" />
        <source>Alle indstillinger</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="106" />
        <source>Ledige pladser i mini-dagplejehjem</source>
        <translation>Free places in mini childminding homes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="108" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="108" />
        <source>Optaget</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="109" />
        <source>Ledige</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="109" />
        <source>Ledige pladser</source>
        <translation>Free places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="132" />
        <source>Udvalgsmøde</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="135" />
        <source>Udvalgsmødets dato</source>
        <translation>Date of the committee meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="140" />
        <source>Ny indstilling …</source>
        <translation>New referral …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="216" />
        <source>Revisitation ({day})</source>
        <translation>Re-assessment ({day})</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="217" />
        <source>Ny indstilling</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="229" />
        <source>Mødet {day}: {new}, {again}. {free} i mini-dagplejehjemmene.</source>
        <translation>The meeting {day}: {new}, {again}. {free} in the mini childminding homes.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="232" />
        <source>1 indstilling</source>
        <translation>1 referral</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="233" />
        <source>{n} indstillinger</source>
        <translation>{n} referrals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="234" />
        <source>1 revisitation</source>
        <translation>1 re-assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="235" />
        <source>{n} revisitationer</source>
        <translation>{n} re-assessments</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="236" />
        <source>1 ledig plads</source>
        <translation>1 free place</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="237" />
        <source>{n} ledige pladser</source>
        <translation>{n} free places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/office_referrals.py" line="320" />
        <source>Indstillingen for {child} er registreret.</source>
        <translation>The referral for {child} has been recorded.</translation>
    </message>
</context>
<context>
    <name>RegisterReferralDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="49" />
        <source>Ny indstilling</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="50" />
        <source>Indstillingen kommer på visitationsudvalgets liste, når du vælger et møde. Barnet står som indstillet, indtil det bliver indskrevet.</source>
        <translation>The referral goes on the referral committee's list when you choose a meeting. The child is listed as referred until enrolled.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="64" />
        <source>Registrér indstillingen</source>
        <translation>Record the referral</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="71" />
        <source>Indstillingen</source>
        <translation>The referral</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="75" />
        <source>Indstillet af</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="78" />
        <source>fx Hanne Ravn, Sundhedsplejen</source>
        <translation>e.g. Hanne Ravn, Health visitors</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="79" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="81" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="83" />
        <source>Hvorfor indstilles barnet? Hvad har barnet brug for i hverdagen?</source>
        <translation>Why is the child being referred? What does the child need in everyday life?</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="86" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="89" />
        <source> pladser</source>
        <translation> places</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="91" />
        <source>Ønskede pladser</source>
        <translation>Places requested</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="92" />
        <source>Sæt på udvalgsmødet</source>
        <translation>Put on the committee meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="95" />
        <source>Visitation</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="100" />
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="102" />
        <source>Nyt barn</source>
        <translation>New child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="104" />
        <source>Barn, der allerede er oprettet</source>
        <translation>Child already registered</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="120" />
        <source>DDMMÅÅ-XXXX (kan udfyldes senere)</source>
        <translation>DDMMYY-XXXX (can be filled in later)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="121" />
        <source>Kendt</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="124" />
        <source>fx lav smitterisiko, sondemad, kørestol</source>
        <translation>e.g. low risk of infection, tube feeding, wheelchair</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="128" />
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="130" />
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="132" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="133" />
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="134" />
        <source>Særlige behov</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="137" />
        <source>Vælg barn</source>
        <translation>Choose child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="140" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="146" />
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="151" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="154" />
        <source>Tilføj fil …</source>
        <translation>Add file …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="156" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="178" />
        <source>Vælg bilag</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="179" />
        <source>Dokumenter og billeder (*.pdf *.png *.jpg *.jpeg *.txt *.doc *.docx);;Alle filer (*)</source>
        <translation>Documents and images (*.pdf *.png *.jpg *.jpeg *.txt *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="205" />
        <source>Vælg barnet, der indstilles.</source>
        <translation>Choose the child being referred.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_register.py" line="208" />
        <source>Skriv barnets fornavn.</source>
        <translation>Enter the child's first name.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="246" />
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="247" />
        <source>Søg i observationer</source>
        <translation>Search observations</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="248" />
        <source>Søg i alle dine børns observationer (Ctrl+Shift+F). Tryk Enter for at søge.</source>
        <translation>Search all your children's observations (Ctrl+Shift+F). Press Enter to search.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="151" />
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="162" />
        <source>Søgning i observationer</source>
        <translation>Observation search</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="156" />
        <source>← Tilbage til børnelisten</source>
        <translation>← Back to the list of children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="157" />
        <source>Tilbage til børnelisten</source>
        <translation>Back to the list of children</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="168" />
        <source>Fundne observationer</source>
        <translation>Observations found</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="194" />
        <source>Skriv et eller flere ord i søgefeltet.</source>
        <translation>Type one or more words in the search box.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="198" />
        <source>Søger efter »{query}« …</source>
        <translation>Searching for “{query}” …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="214" />
        <source>Ingen observationer indeholder »{query}«. Prøv et andet ord eller begyndelsen af ordet.</source>
        <translation>No observations contain “{query}”. Try another word or the beginning of the word.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="218" />
        <source>1 observation indeholder »{query}«.</source>
        <translation>1 observation contains “{query}”.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="220" />
        <source>{n} observationer indeholder »{query}«.</source>
        <translation>{n} observations contain “{query}”.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="223" />
        <source>Dobbeltklik eller tryk Enter for at åbne barnet ved observationen.</source>
        <translation>Double-click or press Enter to open the child at the observation.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/search.py" line="234" />
        <source>Søgningen kunne ikke gennemføres. </source>
        <translation>The search could not be completed. </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="65" />
        <source>Tilføj session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="69" />
        <source>Timebudget: {budget}.</source>
        <translation>Hour budget: {budget}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="75" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="78" />
        <source>Klokken</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="82" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="87" />
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="93" />
        <source> timer</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="99" />
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="102" />
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="103" />
        <source>Gem sessionen</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="111" />
        <source>Der er kun {left} timer tilbage af forløbets {budget}.</source>
        <translation>There are only {left} hours left of the course's {budget}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/course_guidance.py" line="113" />
        <source>Efter denne session er der {left} timer tilbage.</source>
        <translation>After this session there are {left} hours left.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="21" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="22" />
        <source>Oplysningerne her bruges i programmet og på udskrifter.</source>
        <translation>The information here is used in the program and on printouts.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="27" />
        <source>Data og bruger</source>
        <translation>Data and user</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="32" />
        <source>Data ligger i</source>
        <translation>Data is stored in</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="34" />
        <source>Logget ind som</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="36" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="45" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/settings.py" line="50" />
        <source>Organisationens kontaktoplysninger</source>
        <translation>The organisation's contact details</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="16" />
        <source>Velkommen til Dagpleje Desktop</source>
        <translation>Welcome to Dagpleje Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="17" />
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="22" />
        <source>Der er endnu ingen data på denne computer. Opret dig selv som den første bruger. Dataene krypteres med en nøgle, som kun din adgangskode (og en gendannelsesnøgle) kan åbne.</source>
        <translation>There is no data on this computer yet. Create yourself as the first user. The data is encrypted with a key that only your password (and a recovery key) can open.</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="24" />
        <location filename="../../ui/setup.ui" line="151" />
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="34" />
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="40" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="47" />
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="52" />
        <source>Fulde &amp;navn</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="58" />
        <source>Fulde navn</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="59" />
        <source>Fx Hanne Sørensen</source>
        <translation>E.g. Hanne Sørensen</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="65" />
        <location filename="../../ui/setup.ui" line="83" />
        <location filename="../../ui/setup.ui" line="102" />
        <location filename="../../ui/setup.ui" line="120" />
        <location filename="../../ui/setup.ui" line="129" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="70" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="76" />
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="77" />
        <source>Fx hanne</source>
        <translation>E.g. hanne</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="88" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="95" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="96" />
        <source>Mindst 8 tegn</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="107" />
        <source>&amp;Gentag adgangskode</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="114" />
        <source>Gentag adgangskode</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="128" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="145" />
        <source>Opretter</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="150" />
        <source>Opretter den krypterede database …</source>
        <translation>Creating the encrypted database …</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="162" />
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="163" />
        <source>Afslut uden at oprette</source>
        <translation>Quit without creating</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="168" />
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="170" />
        <source>Opret installationen</source>
        <translation>Create the installation</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="171" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>SharingPicker</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/observation_choices.py" line="207" />
        <source>Deling: %1</source>
        <translation>Sharing: %1</translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="52" />
        <source>Planlæg opstartsmøde</source>
        <translation>Plan start-up meeting</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="53" />
        <source>Mødet holdes hos {home} med forældrene, mini-dagplejeren, konsulenten og barnets samarbejdsparter; de inviteres automatisk.</source>
        <translation>The meeting is held at {home} with the parents, the mini childminder, the consultant and the child's partners; they are invited automatically.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="55" />
        <source>mini-dagplejeren</source>
        <translation>the mini childminder</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="61" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="63" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="65" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="68" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="72" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="74" />
        <source>Hjemmets adresse, hvis feltet er tomt</source>
        <translation>The home's address if the field is empty</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="75" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/referral_appointments.py" line="76" />
        <source>Planlæg mødet</source>
        <translation>Plan the meeting</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="65" />
        <source>Observationer, nyeste først</source>
        <translation>Observations, newest first</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="127" />
        <source>Henter observationer …</source>
        <translation>Fetching observations …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="152" />
        <source>Observationerne kunne ikke hentes.</source>
        <translation>The observations could not be fetched.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="157" />
        <source>Ikke alle observationer kunne hentes: </source>
        <translation>Not all observations could be fetched: </translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="165" />
        <source>Ingen observationer passer på filtrene.</source>
        <translation>No observations match the filters.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="166" />
        <source>Der er endnu ingen observationer.</source>
        <translation>There are no observations yet.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="170" />
        <source>1 observation passer på filtrene</source>
        <translation>1 observation matches the filters</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="171" />
        <source>{n} observationer passer på filtrene</source>
        <translation>{n} observations match the filters</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="173" />
        <source>1 observation</source>
        <translation>1 observation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_timeline.py" line="174" />
        <source>{n} observationer</source>
        <translation>{n} observations</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="43" />
        <source>Låst – %1</source>
        <translation>Locked – %1</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="49" />
        <source>Programmet er låst</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="50" />
        <source>Det blev låst efter %1 minutter uden brug.</source>
        <translation>It was locked after %1 minutes without use.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="51" />
        <source>Det blev låst.</source>
        <translation>It was locked.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="53" />
        <source>Det, du var i gang med, er ikke lukket – det kommer frem igen, når du låser op.</source>
        <translation>What you were working on has not been closed – it will reappear when you unlock.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="55" />
        <source>&amp;Adgangskode for %1 (%2)</source>
        <translation>&amp;Password for %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="61" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="64" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="70" />
        <source>Luk programmet</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="71" />
        <source>Luk programmet (gemmer kladder)</source>
        <translation>Close the program (saves drafts)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="73" />
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="75" />
        <source>Lås &amp;op</source>
        <translation>Unl&amp;ock</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="77" />
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/lock_screen.py" line="92" />
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="35" />
        <source>Registrér besøg</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="42" />
        <source>Vælg dagplejehjem</source>
        <translation>Choose childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="45" />
        <source>Vælg barn</source>
        <translation>Choose child</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="72" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="72" />
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="74" />
        <source>Registrér tilsyn</source>
        <translation>Record supervision visit</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/visit_record.py" line="74" />
        <source>Registrér hjemmebesøg</source>
        <translation>Record home visit</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/visit_record.ui" line="16" />
        <source>Registrér tilsyn</source>
        <translation>Record supervision visit</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="17" />
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="25" />
        <source>&amp;Tilsyn i et dagplejehjem</source>
        <translation>&amp;Supervision visit to a childminding home</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="31" />
        <source>&amp;Hjemmebesøg hos en familie</source>
        <translation>&amp;Home visit to a family</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="47" />
        <source>&amp;Dagplejehjem</source>
        <translation>&amp;Childminding home</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="49" />
        <location filename="../../ui/visit_record.ui" line="77" />
        <location filename="../../ui/visit_record.ui" line="114" />
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="56" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="62" />
        <source>Barnets familie</source>
        <translation>The child's family</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="75" />
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="84" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="89" />
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="94" />
        <source>Klokkeslæt</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="99" />
        <source>Et tidspunkt frem i tiden gemmes som et planlagt besøg.</source>
        <translation>A time in the future is saved as a planned visit.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="100" />
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="112" />
        <source>&amp;Noter</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="119" />
        <source>Noter fra besøget</source>
        <translation>Notes from the visit</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="120" />
        <source>Hvad blev set og drøftet? Fx rutiner, indretning, børnenes trivsel, sikkerhed</source>
        <translation>What was seen and discussed? E.g. routines, layout, the children's well-being, safety</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="129" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="130" />
        <source>sectionTitle</source>
        <translation>sectionTitle</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="140" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="147" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="148" />
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="158" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="163" />
        <source>Gem besøg</source>
        <translation>Save visit</translation>
    </message>
    <message>
        <location filename="../../ui/visit_record.ui" line="165" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="80" />
        <source>Tilsyn – mindst én gang om måneden</source>
        <translation>Supervision – at least once a month</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="84" />
        <source>Registrér tilsyn …</source>
        <translation>Record supervision visit …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="87" />
        <source>Registrér hjemmebesøg …</source>
        <translation>Record home visit …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="93" />
        <source>Hvert mini-dagplejehjem skal have tilsyn mindst én gang om måneden. Rød: mere end {days} dage siden sidste tilsyn. Gul: tilsynet forfalder snart.</source>
        <translation>Every mini childminding home must have a supervision visit at least once a month. Red: more than {days} days since the last visit. Yellow: the visit is due soon.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="96" />
        <source>Dagplejehjem</source>
        <translation>Childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="97" />
        <source>Seneste tilsyn</source>
        <translation>Last supervision visit</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="97" />
        <source>Dage siden</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="99" />
        <source>Tilsyn pr. dagplejehjem</source>
        <translation>Supervision per childminding home</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="104" />
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="115" />
        <source>Seneste besøg</source>
        <translation>Latest visits</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="108" />
        <source>Udskriv besøgsrapport …</source>
        <translation>Print visit report …</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="112" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="112" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="112" />
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="113" />
        <source>Konsulent</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="113" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="114" />
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="153" />
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="153" />
        <source>Forfalder snart</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="154" />
        <source>I orden</source>
        <translation>In order</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="160" />
        <source>Tilsyn er overskredet i {n} dagplejehjem: {names}.</source>
        <translation>Supervision is overdue in {n} childminding homes: {names}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="169" />
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="187" />
        <source>{home} (aldrig besøgt)</source>
        <translation>{home} (never visited)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="188" />
        <source>{home} ({days} dage siden)</source>
        <translation>{home} ({days} days ago)</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="196" />
        <source>Familien til {name}</source>
        <translation>The family of {name}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="198" />
        <source>{n} åbne</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="199" />
        <source>Alle udført</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="231" />
        <source>{kind} registreret {when}.</source>
        <translation>{kind} recorded {when}.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/visits.py" line="244" />
        <source>Gem besøgsrapport som PDF</source>
        <translation>Save visit report as PDF</translation>
    </message>
</context>
<context>
    <name>WellbeingAssessmentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="166" />
        <source>Tilføj trivselsvurdering</source>
        <translation>Add well-being assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="195" />
        <source>En fælles vurdering skal have en kommentar. Beskriv situationen – ikke barnet.</source>
        <translation>A joint assessment must have a comment. Describe the situation – not the child.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="197" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="198" />
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="199" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="200" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="209" />
        <source>Vælg en position: grøn, gul eller rød.</source>
        <translation>Choose a position: green, yellow or red.</translation>
    </message>
</context>
<context>
    <name>WellbeingStrip</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="57" />
        <source>Trivsel over tid</source>
        <translation>Well-being over time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="121" />
        <source>Ingen vurderinger endnu</source>
        <translation>No assessments yet</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="175" />
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="178" />
        <source>, {name}</source>
        <translation>, {name}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="185" />
        <source>Ingen vurderinger endnu.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/widgets/wellbeing_strip.py" line="191" />
        <source>{n} positioner fra {start} til {end}. {summary}. Seneste: {latest}.</source>
        <translation>{n} positions from {start} to {end}. {summary}. Latest: {latest}.</translation>
    </message>
</context>
<context>
    <name>WellbeingTab</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="205" />
        <source>Tilføj vurdering</source>
        <translation>Add assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="210" />
        <source>Trivsel over tid</source>
        <translation>Well-being over time</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="211" />
        <source>Grøn, gul og rød position fra vurderinger og observationer. Først individuelle vurderinger, så en fælles vurdering med en kommentar.</source>
        <translation>Green, yellow and red position from assessments and observations. First individual assessments, then a joint assessment with a comment.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="221" />
        <source>▲ fælles vurdering   △ individuel vurdering   farve uden mærke: position fra en observation   grå: ingen vurdering</source>
        <translation>▲ joint assessment   △ individual assessment   colour without a mark: position from an observation   grey: no assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="240" />
        <source>Seneste fælles vurdering</source>
        <translation>Latest joint assessment</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="243" />
        <source>Der er endnu ingen fælles vurdering.</source>
        <translation>There is no joint assessment yet.</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="248" />
        <source>{date}, vurderet af {name}</source>
        <translation>{date}, assessed by {name}</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/pages/child_tabs.py" line="261" />
        <source>Vurderinger</source>
        <translation>Assessments</translation>
    </message>
</context>
<context>
    <name>_AssessmentDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="79" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/assessment_dialog.py" line="81" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>_MeetingDialog</name>
    <message>
        <location filename="../../dagpleje_desktop/gui/dialogs/meeting_move.py" line="49" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
</context>
</TS>
