<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <source>Ukendt alder</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>CPR {cpr}</source>
        <translation>CPR {cpr}</translation>
    </message>
    <message>
        <source>Intet CPR-nummer</source>
        <translation>No CPR number</translation>
    </message>
    <message>
        <source>Ikke indskrevet i et dagplejehjem</source>
        <translation>Not enrolled in a childminder&apos;s home</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{count} poster</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <source>{name} er slettet helt ({records}). Sletningen kommer med i de næste synkroniseringspakker, så barnet også slettes på de andre enheder.</source>
        <translation>{name} has been erased completely ({records}). The erasure goes into the next sync packages, so the child is also erased on the other devices.</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Registrér fravær</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <source>Børnene i hjemmet skal have gæstepleje i perioden. Når fraværet er gemt, ser du de berørte børn og forslag til gæstehjem.</source>
        <translation>The children in the home need guest care during the period. Once the absence is saved, you will see the children affected and suggested guest homes.</translation>
    </message>
    <message>
        <source>Vælg dagplejehjem</source>
        <translation>Choose childminder&apos;s home</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til og med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>til og med</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>fx aftalt med forældrene</source>
        <translation>e.g. agreed with the parents</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Registrér fraværet</source>
        <translation>Record the absence</translation>
    </message>
    <message>
        <source>Vælg dagplejehjemmet, hvor dagplejeren er fraværende.</source>
        <translation>Choose the childminder&apos;s home where the childminder is absent.</translation>
    </message>
</context>
<context>
    <name>AbsencesView</name>
    <message>
        <source>Fravær</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Vis fravær</source>
        <translation>Show absence</translation>
    </message>
    <message>
        <source>Kommende og seneste måned</source>
        <translation>Upcoming and last month</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Registrér fravær …</source>
        <translation>Record absence …</translation>
    </message>
    <message>
        <source>Når en dagplejer er syg, holder ferie, er på kursus eller har fri, skal hendes børn passes i gæstepleje hos en almindelig dagplejer.</source>
        <translation>When a childminder is ill, on holiday, on a course or off work, her children must be looked after in guest care by a regular childminder.</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Fraværet i {home} {period} er registreret.</source>
        <translation>The absence in {home} {period} has been recorded.</translation>
    </message>
</context>
<context>
    <name>AccountSettingsCard</name>
    <message>
        <source>Skift adgangskode</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Nuværende adgangskode</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>N&amp;uværende adgangskode</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <source>Skriv din nuværende adgangskode.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Skifter adgangskode …</source>
        <translation>Changing password …</translation>
    </message>
    <message>
        <source>Adgangskoden er skiftet. Brug den nye, næste gang du logger ind.</source>
        <translation>The password has been changed. Use the new one the next time you log in.</translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Data ligger på en PostgreSQL-server, og dér er der ingen gendannelsesnøgle: en glemt adgangskode nulstilles af dagplejekontoret.</source>
        <translation>The data is stored on a PostgreSQL server, and there is no recovery key there: a forgotten password is reset by the daycare office.</translation>
    </message>
    <message>
        <source>Gendannelsesnøglen åbner data, hvis en adgangskode er glemt. Lav en ny, hvis den gamle er væk eller kan være set af andre; den gamle holder op med at virke.</source>
        <translation>The recovery key opens the data if a password is forgotten. Make a new one if the old one is lost or may have been seen by others; the old one stops working.</translation>
    </message>
    <message>
        <source>Din adgangskode</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>&amp;Din adgangskode</source>
        <translation>&amp;Your password</translation>
    </message>
    <message>
        <source>Lav ny gendannelsesnøgle</source>
        <translation>Make new recovery key</translation>
    </message>
    <message>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Du er logget ud, og data er låst.</source>
        <translation>You are logged out and the data is locked.</translation>
    </message>
    <message>
        <source>Gendanner sikkerhedskopien …</source>
        <translation>Restoring the backup …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien fra {when} er gendannet. Det, den erstattede, er gemt i datamappen under et navn med dato. Log ind igen.</source>
        <translation>The backup from {when} has been restored. What it replaced has been saved in the data folder under a name with the date. Log in again.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien blev ikke gendannet: {reason}</source>
        <translation>The backup was not restored: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Vedhæft foto eller dokument …</source>
        <translation>&amp;Attach photo or document …</translation>
    </message>
    <message>
        <source>Vedhæft foto eller dokument</source>
        <translation>Attach photo or document</translation>
    </message>
    <message>
        <source>Fjern bilag</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Fjern det valgte bilag</source>
        <translation>Remove the selected attachment</translation>
    </message>
    <message>
        <source>Fejl ved bilag</source>
        <translation>Attachment error</translation>
    </message>
    <message>
        <source>Vælg foto eller dokument</source>
        <translation>Choose photo or document</translation>
    </message>
    <message>
        <source>Billeder og dokumenter (*.png *.jpg *.jpeg *.gif *.webp *.heic *.pdf *.txt *.doc *.docx);;Alle filer (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.heic *.pdf *.txt *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Filen »%1« findes ikke længere og er ikke vedhæftet.</source>
        <translation>The file “%1” no longer exists and has not been attached.</translation>
    </message>
    <message>
        <source>Filen »%1« kan ikke læses.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <source> – ny</source>
        <translation> – new</translation>
    </message>
    <message>
        <source>Gemmes sammen med observationen, når du trykker Gem.</source>
        <translation>Saved together with the observation when you press Save.</translation>
    </message>
    <message>
        <source>Ingen bilag.</source>
        <translation>No attachments.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsCard</name>
    <message>
        <source>Sikkerhedskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>En sikkerhedskopi er én krypteret fil med hele databasen. Gem den et sikkert sted, fx på kommunens drev. En eksisterende fil bliver aldrig overskrevet, og en gendannelse gemmer det, den erstatter, under et navn med dato.</source>
        <translation>A backup is one encrypted file with the whole database. Keep it somewhere safe, e.g. on the municipality&apos;s drive. An existing file is never overwritten, and a restore saves what it replaces under a name with the date.</translation>
    </message>
    <message>
        <source>Tag sikkerhedskopi …</source>
        <translation>Make backup …</translation>
    </message>
    <message>
        <source>Kontrollér sikkerhedskopi …</source>
        <translation>Check backup …</translation>
    </message>
    <message>
        <source>Gendan fra sikkerhedskopi …</source>
        <translation>Restore from backup …</translation>
    </message>
    <message>
        <source>Sikkerhedskopiens fremdrift</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Gem sikkerhedskopi</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Sikkerhedskopier ({pattern})</source>
        <translation>Backups ({pattern})</translation>
    </message>
    <message>
        <source>Tager sikkerhedskopi …</source>
        <translation>Making the backup …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gemt i {path} ({size} MB).</source>
        <translation>The backup has been saved in {path} ({size} MB).</translation>
    </message>
    <message>
        <source>Vælg sikkerhedskopien, der skal kontrolleres</source>
        <translation>Choose the backup to check</translation>
    </message>
    <message>
        <source>Skriv din adgangskode for at åbne sikkerhedskopien:</source>
        <translation>Type your password to open the backup:</translation>
    </message>
    <message>
        <source>Kontrollerer sikkerhedskopien …</source>
        <translation>Checking the backup …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er i orden: lavet {when}, og den kan gendannes.</source>
        <translation>The backup is in order: made {when}, and it can be restored.</translation>
    </message>
    <message>
        <source>Vælg sikkerhedskopien, der skal gendannes</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Sikkerhedskopien fra {when} er i orden.</source>
        <translation>The backup from {when} is in order.</translation>
    </message>
    <message>
        <source>Alt i programmet bliver erstattet af sikkerhedskopien fra {when}. Det, der er skrevet siden, findes kun i det, der erstattes; det gemmes under et navn med dato i datamappen. Du bliver logget ud, og du logger ind igen bagefter.</source>
        <translation>Everything in the program will be replaced by the backup from {when}. Anything written since then exists only in what is replaced; that is saved under a name with the date in the data folder. You will be logged out, and you log in again afterwards.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er lavet af en anden installation. Gendannes den, bliver denne installation en kopi af den anden.</source>
        <translation>The backup was made by another installation. If it is restored, this installation becomes a copy of the other one.</translation>
    </message>
    <message>
        <source>Intet er gendannet.</source>
        <translation>Nothing has been restored.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Fremskridt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Arbejder …</source>
        <translation>Working …</translation>
    </message>
    <message>
        <source>Arbejder</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>CafeDialog</name>
    <message>
        <source>Planlæg småbørnscafé</source>
        <translation>Plan toddler café</translation>
    </message>
    <message>
        <source>Når barnet er omkring 1½ år, mødes familien med sundhedsplejerske, småbørnskonsulent, fysioterapeut og talehørekonsulent. De fælles noter gemmes kun, når forældrene har givet samtykke til deling.</source>
        <translation>When the child is about 18 months old, the family meets the health visitor, the toddler consultant, a physiotherapist and a speech and hearing consultant. The shared notes are only saved when the parents have consented to sharing.</translation>
    </message>
    <message>
        <source>Vælg barn</source>
        <translation>Choose child</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>fx Sundhedsplejens lokaler</source>
        <translation>e.g. the health visitors&apos; rooms</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Fagpersoner</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Invitér forældrene</source>
        <translation>Invite the parents</translation>
    </message>
    <message>
        <source>Planlæg caféen</source>
        <translation>Plan the café</translation>
    </message>
    <message>
        <source>Vælg barnet, caféen er for.</source>
        <translation>Choose the child the café is for.</translation>
    </message>
</context>
<context>
    <name>CafeNotes</name>
    <message>
        <source>Fælles noter fra caféen</source>
        <translation>Shared notes from the café</translation>
    </message>
    <message>
        <source>Noterne deles med de fagpersoner, der var med, og gemmes kun, når forældrene har givet samtykke til deling med samarbejdsparter.</source>
        <translation>The notes are shared with the professionals who took part and are only saved when the parents have consented to sharing with partners.</translation>
    </message>
    <message>
        <source>Registrér samtykke …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <source>Gem fælles noter</source>
        <translation>Save shared notes</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Eksportér til Outlook</source>
        <translation>Export to Outlook</translation>
    </message>
    <message>
        <source>Eksportér til Outlook (.ics)</source>
        <translation>Export to Outlook (.ics)</translation>
    </message>
    <message>
        <source>Filen kan åbnes i Outlook, Google Kalender og Apple Kalender. Tiderne står i dansk tid, også hen over skift til og fra sommertid.</source>
        <translation>The file can be opened in Outlook, Google Calendar and Apple Calendar. Times are in Danish time, also across the changes to and from summer time.</translation>
    </message>
    <message>
        <source>En periode</source>
        <translation>A period</translation>
    </message>
    <message>
        <source>De valgte punkter i kalenderen ({n})</source>
        <translation>The selected items in the calendar ({n})</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Medtag fulde navne</source>
        <translation>Include full names</translation>
    </message>
    <message>
        <source>Uden flueben står kun mødetype og initialer i filen (fx »Statusmøde – Å.Ø.«): ingen navne, steder eller mål. Filen er ikke krypteret; del den kun sikkert.</source>
        <translation>Without the tick, the file only contains the meeting type and initials (e.g. “Status meeting – Å.Ø.”): no names, places or goals. The file is not encrypted; share it only securely.</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Eksportér …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>Perioden slutter før den begynder.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>Gem kalenderfil</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>iCalendar-filer (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Forrige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Flyt …</source>
        <translation>Move …</translation>
    </message>
    <message>
        <source>Flyt det valgte møde til en anden dag</source>
        <translation>Move the selected meeting to another day</translation>
    </message>
    <message>
        <source>Eksportér til Outlook (.ics) …</source>
        <translation>Export to Outlook (.ics) …</translation>
    </message>
    <message>
        <source>Planlæg møde …</source>
        <translation>Plan meeting …</translation>
    </message>
    <message>
        <source>Uge {week} · {span}</source>
        <translation>Week {week} · {span}</translation>
    </message>
    <message>
        <source>{n} valgt. Ctrl-klik for at vælge flere; »Eksportér« kan tage de valgte med.</source>
        <translation>{n} selected. Ctrl-click to select more; “Export” can include the selected ones.</translation>
    </message>
    <message>
        <source>Dobbeltklik på en dag for at planlægge et møde. Træk et møde til en anden dag, eller vælg det og klik »Flyt«, for at flytte det.</source>
        <translation>Double-click a day to plan a meeting. Drag a meeting to another day, or select it and click “Move”, to move it.</translation>
    </message>
    <message>
        <source>Tilsynet er registreret.</source>
        <translation>The supervision visit has been recorded.</translation>
    </message>
    <message>
        <source>{title} er planlagt {when}.</source>
        <translation>{title} is planned for {when}.</translation>
    </message>
    <message>
        <source>{title} er flyttet til {when}.</source>
        <translation>{title} has been moved to {when}.</translation>
    </message>
    <message>
        <source>{n} punkter er gemt i {path}</source>
        <translation>{n} items have been saved in {path}</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Tilsyn forfalder</source>
        <translation>Supervision due</translation>
    </message>
    <message>
        <source>Tilsyn overskredet</source>
        <translation>Supervision overdue</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Gæstepleje</source>
        <translation>Guest care</translation>
    </message>
    <message>
        <source>Måldato</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Evaluering af plan</source>
        <translation>Plan evaluation</translation>
    </message>
    <message>
        <source>Helligdag</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Dobbeltklik for at åbne mødet; træk for at flytte det.</source>
        <translation>Double-click to open the meeting; drag to move it.</translation>
    </message>
    <message>
        <source>Dobbeltklik for at registrere tilsynet.</source>
        <translation>Double-click to record the supervision visit.</translation>
    </message>
    <message>
        <source>Kl. {span}</source>
        <translation>At {span}</translation>
    </message>
    <message>
        <source>Hele dagen</source>
        <translation>All day</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Aflys møde</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Hvorfor aflyses mødet? (skrives i mødets referat)</source>
        <translation>Why is the meeting cancelled? (written in the meeting&apos;s minutes)</translation>
    </message>
    <message>
        <source>Årsag til aflysning</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Aflys mødet</source>
        <translation>Cancel the meeting</translation>
    </message>
</context>
<context>
    <name>ChildCareDialog</name>
    <message>
        <source>Ret rutiner og afhentning</source>
        <translation>Edit routines and collection</translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Det virker for mig</source>
        <translation>What works for me</translation>
    </message>
    <message>
        <source>Må hentes af</source>
        <translation>May be collected by</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ChildDetailView</name>
    <message>
        <source>← Tilbage til børnelisten</source>
        <translation>← Back to the list of children</translation>
    </message>
    <message>
        <source>Tilbage til børnelisten</source>
        <translation>Back to the list of children</translation>
    </message>
    <message>
        <source>Tilbage til børnelisten (Alt+Venstre)</source>
        <translation>Back to the list of children (Alt+Left)</translation>
    </message>
    <message>
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>Ny observation af barnet</source>
        <translation>New observation of the child</translation>
    </message>
    <message>
        <source>Overgangsbeskrivelse …</source>
        <translation>Transition description …</translation>
    </message>
    <message>
        <source>Beskrivelsen til børnehaven og den planlagte børnehavestart</source>
        <translation>The description for the kindergarten and the planned kindergarten start</translation>
    </message>
    <message>
        <source>Mere</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Flere handlinger for barnet</source>
        <translation>More actions for the child</translation>
    </message>
    <message>
        <source>Slet barnet helt (GDPR) …</source>
        <translation>Erase the child completely (GDPR) …</translation>
    </message>
    <message>
        <source>&amp;Observationer</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <source>&amp;Udvikling</source>
        <translation>&amp;Development</translation>
    </message>
    <message>
        <source>&amp;Trivsel</source>
        <translation>&amp;Well-being</translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>&amp;Stamdata</source>
        <translation>&amp;Basic details</translation>
    </message>
    <message>
        <source>Kunne ikke vise siden</source>
        <translation>Could not show the page</translation>
    </message>
    <message>
        <source>Barn: {name}</source>
        <translation>Child: {name}</translation>
    </message>
    <message>
        <source>Ukendt alder</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Intet CPR-nummer</source>
        <translation>No CPR number</translation>
    </message>
    <message>
        <source>Ikke indskrevet i et dagplejehjem</source>
        <translation>Not enrolled in a childminder&apos;s home</translation>
    </message>
    <message>
        <source>CPR {cpr}</source>
        <translation>CPR {cpr}</translation>
    </message>
</context>
<context>
    <name>ChildDetailsDialog</name>
    <message>
        <source>Ret barnets oplysninger</source>
        <translation>Edit the child&apos;s details</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Uændret ({masked})</source>
        <translation>Unchanged ({masked})</translation>
    </message>
    <message>
        <source>DDMMÅÅ-XXXX</source>
        <translation>DDMMYY-XXXX</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Særlige behov</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Ikke angivet</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Allergiens sværhedsgrad</source>
        <translation>Allergy severity</translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Det virker for mig</source>
        <translation>What works for me</translation>
    </message>
    <message>
        <source>Må hentes af</source>
        <translation>May be collected by</translation>
    </message>
    <message>
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Lægens telefon</source>
        <translation>Doctor&apos;s phone</translation>
    </message>
    <message>
        <source>Tilladelse: {kind}</source>
        <translation>Permission: {kind}</translation>
    </message>
    <message>
        <source>{century}-tallet</source>
        <translation>{century}s</translation>
    </message>
    <message>
        <source>Født {date}</source>
        <translation>Born {date}</translation>
    </message>
    <message>
        <source>Uden CPR-nummer: skriv fødselsdatoen.</source>
        <translation>Without a CPR number: enter the date of birth.</translation>
    </message>
    <message>
        <source>{warning} Tryk »Gem« igen for at gemme alligevel.</source>
        <translation>{warning} Press “Save” again to save anyway.</translation>
    </message>
</context>
<context>
    <name>ChildListView</name>
    <message>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Søg efter navn</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Børneliste</source>
        <translation>List of children</translation>
    </message>
    <message>
        <source>Henter børnene …</source>
        <translation>Fetching the children …</translation>
    </message>
    <message>
        <source>Børnene kunne ikke hentes.</source>
        <translation>The children could not be fetched.</translation>
    </message>
    <message>
        <source>Der er ingen børn at vise.</source>
        <translation>There are no children to show.</translation>
    </message>
    <message>
        <source>{shown} af {total} børn passer på søgningen.</source>
        <translation>{shown} of {total} children match the search.</translation>
    </message>
    <message>
        <source>{total} børn</source>
        <translation>{total} children</translation>
    </message>
</context>
<context>
    <name>ChildSections</name>
    <message>
        <source>Ikke registreret</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Det virker for mig</source>
        <translation>What works for me</translation>
    </message>
    <message>
        <source>Læs dette først – også når barnet er i gæstepleje.</source>
        <translation>Read this first – also when the child is in guest care.</translation>
    </message>
    <message>
        <source>Forældre og værger</source>
        <translation>Parents and guardians</translation>
    </message>
    <message>
        <source>videre til {institution}</source>
        <translation>moving on to {institution}</translation>
    </message>
    <message>
        <source>Indskrivninger</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Der er ikke registreret nogen forældre eller værger.</source>
        <translation>No parents or guardians have been recorded.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ret oplysninger …</source>
        <translation>Edit details …</translation>
    </message>
    <message>
        <source>Tilføj forælder eller kontakt …</source>
        <translation>Add parent or contact …</translation>
    </message>
    <message>
        <source>Barnets oplysninger</source>
        <translation>The child&apos;s details</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Lægens telefon</source>
        <translation>Doctor&apos;s phone</translation>
    </message>
    <message>
        <source>Må hentes af</source>
        <translation>May be collected by</translation>
    </message>
    <message>
        <source>Helbred</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Tilladelser fra forældremyndigheden</source>
        <translation>Permissions from the custody holders</translation>
    </message>
    <message>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Forældremyndighed</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adresse og sprog</source>
        <translation>Address and language</translation>
    </message>
    <message>
        <source>ændret af {user} {when}</source>
        <translation>changed by {user} on {when}</translation>
    </message>
    <message>
        <source>Allergiens sværhedsgrad</source>
        <translation>Allergy severity</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Barnet er ikke indskrevet i et dagplejehjem.</source>
        <translation>The child is not enrolled in a childminder&apos;s home.</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Pladser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Afslutning</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Særlige behov</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Allergier</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Ingen kendte allergier</source>
        <translation>No known allergies</translation>
    </message>
    <message>
        <source>Medicin</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Ingen medicin</source>
        <translation>No medicine</translation>
    </message>
    <message>
        <source>Diagnoser</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <source>Ingen kendte diagnoser</source>
        <translation>No known diagnoses</translation>
    </message>
    <message>
        <source>Ikke spurgt</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>{answer} – givet af {who} {when}</source>
        <translation>{answer} – given by {who} on {when}</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>1 post</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{name} er slettet helt ({records}). Sletningen kommer med i de næste synkroniseringspakker, så barnet også slettes på de andre enheder.</source>
        <translation>{name} has been erased completely ({records}). The erasure goes into the next sync packages, so the child is also erased on the other devices.</translation>
    </message>
    <message>
        <source>{count} poster</source>
        <translation>{count} records</translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>CPR-nummeret vises altid skjult</source>
        <translation>The CPR number is always shown masked</translation>
    </message>
</context>
<context>
    <name>ConclusionView</name>
    <message>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Planlæg næste møde …</source>
        <translation>Plan next meeting …</translation>
    </message>
    <message>
        <source>Handleplanen fra mødet</source>
        <translation>The action plan from the meeting</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Godkendt den</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Godkend kladden</source>
        <translation>Approve the draft</translation>
    </message>
    <message>
        <source>Registrér underskrifter</source>
        <translation>Record signatures</translation>
    </message>
    <message>
        <source>Udskriv handleplan …</source>
        <translation>Print action plan …</translation>
    </message>
    <message>
        <source>Tidligere versioner</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Opret handleplan</source>
        <translation>Create action plan</translation>
    </message>
    <message>
        <source>Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det.</source>
        <translation>The meeting is not about a particular child, so no action plan is made from it.</translation>
    </message>
    <message>
        <source>Mødet skal være afholdt, før der laves en ny handleplan. Skriv referatet under »2 Afholdelse«.</source>
        <translation>The meeting must have been held before a new action plan is made. Write the minutes under “2 Holding”.</translation>
    </message>
    <message>
        <source>Ny version {n} af handleplanen ud fra mødet. Felterne er udfyldt fra den gældende handleplan og mødets beslutninger; ret dem til, og godkend.</source>
        <translation>New version {n} of the action plan from the meeting. The fields are filled in from the current action plan and the meeting&apos;s decisions; adjust them and approve.</translation>
    </message>
    <message>
        <source>Din ikke-gemte tekst til handleplanen fra {when} er hentet frem. Opret handleplanen, når den er færdig.</source>
        <translation>Your unsaved text for the action plan from {when} has been restored. Create the action plan when it is finished.</translation>
    </message>
    <message>
        <source>, godkendt {day}</source>
        <translation>, approved {day}</translation>
    </message>
    <message>
        <source>Version {n} – {status}{when}, {goals} mål</source>
        <translation>Version {n} – {status}{when}, {goals} goals</translation>
    </message>
    <message>
        <source>Vis …</source>
        <translation>Show …</translation>
    </message>
    <message>
        <source>Vis version {n}</source>
        <translation>Show version {n}</translation>
    </message>
    <message>
        <source>Handleplanen (version {n}) er godkendt den {day}.</source>
        <translation>The action plan (version {n}) was approved on {day}.</translation>
    </message>
    <message>
        <source>Handleplanen (version {n}) er en kladde. Sæt flueben ved dem, der har underskrevet, og godkend den.</source>
        <translation>The action plan (version {n}) is a draft. Tick those who have signed, and approve it.</translation>
    </message>
    <message>
        <source>Handleplanen (version {n}) er erstattet af en nyere version.</source>
        <translation>The action plan (version {n}) has been replaced by a newer version.</translation>
    </message>
    <message>
        <source>Sæt en dato for næste evaluering i handleplanen, så foreslås næste møde.</source>
        <translation>Set a date for the next evaluation in the action plan and the next meeting will be suggested.</translation>
    </message>
    <message>
        <source>Forslag ud fra handleplanens evalueringsdato: {when}</source>
        <translation>Suggestion based on the action plan&apos;s evaluation date: {when}</translation>
    </message>
    <message>
        <source>Næste møde er planlagt: {when}.</source>
        <translation>The next meeting is planned: {when}.</translation>
    </message>
    <message>
        <source>Råd efter SMTTE:
{hints}</source>
        <translation>Advice following SMTTE:
{hints}</translation>
    </message>
    <message>
        <source>Gem handleplan som PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Posten blev slettet på den ene enhed og ændret på den anden.</source>
        <translation>The record was deleted on one device and changed on the other.</translation>
    </message>
    <message>
        <source>Din værdi</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Den anden værdi</source>
        <translation>The other value</translation>
    </message>
    <message>
        <source> – gælder nu</source>
        <translation> – applies now</translation>
    </message>
    <message>
        <source>Behold min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Behold den anden</source>
        <translation>Keep the other</translation>
    </message>
    <message>
        <source>Flet …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <source>Behold min værdi: {what}</source>
        <translation>Keep my value: {what}</translation>
    </message>
    <message>
        <source>Behold den anden værdi: {what}</source>
        <translation>Keep the other value: {what}</translation>
    </message>
    <message>
        <source>En sletning kan ikke flettes: behold posten eller sletningen.</source>
        <translation>A deletion cannot be merged: keep the record or the deletion.</translation>
    </message>
    <message>
        <source>Skriv en værdi ud fra begge</source>
        <translation>Write one value based on both</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>Vis alle konflikter</source>
        <translation>Show all conflicts</translation>
    </message>
    <message>
        <source>Ingen konflikter. Alle ændringer fra de andre enheder passer sammen med dine.</source>
        <translation>No conflicts. All changes from the other devices fit with yours.</translation>
    </message>
    <message>
        <source>Viser kun konflikterne om barnet, du kom fra ({shown} af {total}).</source>
        <translation>Showing only the conflicts about the child you came from ({shown} of {total}).</translation>
    </message>
    <message>
        <source>Barnet har ingen åbne konflikter.</source>
        <translation>The child has no open conflicts.</translation>
    </message>
</context>
<context>
    <name>ConflictMarker</name>
    <message>
        <source>⚠  1 konflikt fra synkroniseringen venter – se den</source>
        <translation>⚠  1 conflict from the sync is waiting – see it</translation>
    </message>
    <message>
        <source>⚠  {count} konflikter fra synkroniseringen venter – se dem</source>
        <translation>⚠  {count} conflicts from the sync are waiting – see them</translation>
    </message>
    <message>
        <source>Oplysninger om barnet blev ændret to steder på samme tid. Vælg, hvilken værdi der skal gælde.</source>
        <translation>Information about the child was changed in two places at the same time. Choose which value should apply.</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Flet to værdier</source>
        <translation>Merge two values</translation>
    </message>
    <message>
        <source>Din værdi</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Den anden værdi</source>
        <translation>The other value</translation>
    </message>
    <message>
        <source>Flettet værdi</source>
        <translation>Merged value</translation>
    </message>
    <message>
        <source>Den flettede værdi gemmes her og sendes med næste pakke til de andre enheder.</source>
        <translation>The merged value is saved here and sent with the next package to the other devices.</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem flettet værdi</source>
        <translation>Save merged value</translation>
    </message>
    <message>
        <source>Skriv den flettede værdi, eller vælg en af de to værdier i stedet.</source>
        <translation>Write the merged value, or choose one of the two values instead.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Billeder fra hverdagen i dagplejen</source>
        <translation>Pictures from everyday life in family daycare</translation>
    </message>
    <message>
        <source>Registrér samtykke – {child}</source>
        <translation>Record consent – {child}</translation>
    </message>
    <message>
        <source>Samtykket skal komme fra en forælder med forældremyndighed og sige, hvilke oplysninger der må gives til hvem og hvorfor. Det kan trækkes tilbage når som helst.</source>
        <translation>The consent must come from a parent with custody and state which information may be given to whom and why. It can be withdrawn at any time.</translation>
    </message>
    <message>
        <source>Forælder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Henter forældre …</source>
        <translation>Fetching parents …</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Én modtager pr. linje, fx Børnehaven Solsikken</source>
        <translation>One recipient per line, e.g. Sunflower Kindergarten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Modtagerens rolle</source>
        <translation>Recipient&apos;s role</translation>
    </message>
    <message>
        <source>Fx kommende børnehave, sagsbehandler, talehørekonsulent</source>
        <translation>E.g. future kindergarten, caseworker, speech and hearing consultant</translation>
    </message>
    <message>
        <source>Samtykket omfatter</source>
        <translation>The consent covers</translation>
    </message>
    <message>
        <source>Givet den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Udløber den</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Udløbsdato</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Omfatter</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Gyldighed</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Registrér samtykke</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source> – uden forældremyndighed</source>
        <translation> – without custody</translation>
    </message>
    <message>
        <source>Ingen forældre registreret</source>
        <translation>No parents recorded</translation>
    </message>
    <message>
        <source>Der er ingen forældre registreret hos barnet. Tilføj forælderen på barnets side først.</source>
        <translation>No parents are recorded for the child. Add the parent on the child&apos;s page first.</translation>
    </message>
    <message>
        <source>Vælg den forælder, der giver samtykket.</source>
        <translation>Choose the parent giving the consent.</translation>
    </message>
    <message>
        <source>Vælg mindst én slags oplysninger, som samtykket omfatter.</source>
        <translation>Choose at least one kind of information that the consent covers.</translation>
    </message>
</context>
<context>
    <name>ConsentScopeDialog</name>
    <message>
        <source>Angiv oplysninger – samtykke {ref}</source>
        <translation>Specify information – consent {ref}</translation>
    </message>
    <message>
        <source>(ingen note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>Samtykket til {to} fra {guardian} blev registreret uden at angive, hvilke oplysninger det omfatter, og dækker derfor ingen oplysninger. Sæt kryds ved det, forælderen har givet samtykke til. Noten på samtykket: »{note}«</source>
        <translation>The consent to {to} from {guardian} was recorded without specifying which information it covers, and therefore covers no information. Tick what the parent has consented to. The note on the consent: “{note}”</translation>
    </message>
    <message>
        <source>forælderen</source>
        <translation>the parent</translation>
    </message>
    <message>
        <source>Modtagerens rolle</source>
        <translation>Recipient&apos;s role</translation>
    </message>
    <message>
        <source>Fx kommende børnehave, sagsbehandler</source>
        <translation>E.g. future kindergarten, caseworker</translation>
    </message>
    <message>
        <source>Omfatter</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem oplysninger</source>
        <translation>Save information</translation>
    </message>
    <message>
        <source>Vælg mindst én slags oplysninger, som samtykket omfatter.</source>
        <translation>Choose at least one kind of information that the consent covers.</translation>
    </message>
</context>
<context>
    <name>ConsentTable</name>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Forælder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Udløber</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Tilbagekaldt</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Omfatter</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Ikke angivet – dækker ingen oplysninger</source>
        <translation>Not specified – covers no information</translation>
    </message>
    <message>
        <source>Samtykke {ref}
Omfatter: {what}
Modtagere: {to}
Note: {note}</source>
        <translation>Consent {ref}
Covers: {what}
Recipients: {to}
Note: {note}</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Registrér samtykke …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <source>Tilbagekald …</source>
        <translation>Withdraw …</translation>
    </message>
    <message>
        <source>Forælderen trækker samtykket tilbage fra i dag</source>
        <translation>The parent withdraws the consent from today</translation>
    </message>
    <message>
        <source>Udløb …</source>
        <translation>Expire …</translation>
    </message>
    <message>
        <source>Samtykkets periode slutter i dag</source>
        <translation>The consent period ends today</translation>
    </message>
    <message>
        <source>Angiv oplysninger …</source>
        <translation>Specify information …</translation>
    </message>
    <message>
        <source>Sæt kryds ved det, et tidligere samtykke omfatter</source>
        <translation>Tick what an earlier consent covers</translation>
    </message>
    <message>
        <source>Givet videre</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Samtykker for {child}</source>
        <translation>Consents for {child}</translation>
    </message>
    <message>
        <source>Vælg et barn for at se samtykkerne.</source>
        <translation>Choose a child to see the consents.</translation>
    </message>
    <message>
        <source>Der er ikke registreret samtykker for barnet.</source>
        <translation>No consents have been recorded for the child.</translation>
    </message>
    <message>
        <source>{count} samtykker, heraf {valid} gyldige i dag.</source>
        <translation>{count} consents, of which {valid} are valid today.</translation>
    </message>
    <message>
        <source>Intet er givet videre til andre om barnet.</source>
        <translation>Nothing about the child has been passed on to others.</translation>
    </message>
    <message>
        <source>{when}: til {recipient} under samtykke {ref} ({who})</source>
        <translation>{when}: to {recipient} under consent {ref} ({who})</translation>
    </message>
    <message>
        <source>… og {n} tidligere (se barnets mappe).</source>
        <translation>… and {n} earlier (see the child&apos;s record).</translation>
    </message>
    <message>
        <source>Vælg et samtykke for at se, hvad det omfatter.</source>
        <translation>Choose a consent to see what it covers.</translation>
    </message>
    <message>
        <source>Samtykke {ref} omfatter: {what}</source>
        <translation>Consent {ref} covers: {what}</translation>
    </message>
    <message>
        <source> Modtagerens rolle: {role}.</source>
        <translation> Recipient&apos;s role: {role}.</translation>
    </message>
    <message>
        <source> Note: {note}</source>
        <translation> Note: {note}</translation>
    </message>
    <message>
        <source>Samtykket omfatter nu: {what}.</source>
        <translation>The consent now covers: {what}.</translation>
    </message>
    <message>
        <source>Samtykket er registreret ({ref}).</source>
        <translation>The consent has been recorded ({ref}).</translation>
    </message>
    <message>
        <source>{what} til {to}</source>
        <translation>{what} to {to}</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tilbagekald samtykke</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Vil du registrere, at {guardian} har trukket samtykket til {what} tilbage fra i dag?

Der kan ikke længere gives oplysninger videre under det.</source>
        <translation>Do you want to record that {guardian} has withdrawn the consent to {what} from today?

No more information can be passed on under it.</translation>
    </message>
    <message>
        <source>forælderen</source>
        <translation>the parent</translation>
    </message>
    <message>
        <source>Tilbagekald samtykket</source>
        <translation>Withdraw the consent</translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbage fra i dag.</source>
        <translation>The consent has been withdrawn from today.</translation>
    </message>
    <message>
        <source>Lad samtykket udløbe</source>
        <translation>Let the consent expire</translation>
    </message>
    <message>
        <source>Vil du lade samtykket til {what} udløbe i dag?

Der kan ikke længere gives oplysninger videre under det.</source>
        <translation>Do you want to let the consent to {what} expire today?

No more information can be passed on under it.</translation>
    </message>
    <message>
        <source>Lad det udløbe</source>
        <translation>Let it expire</translation>
    </message>
    <message>
        <source>Samtykket er udløbet i dag.</source>
        <translation>The consent expired today.</translation>
    </message>
</context>
<context>
    <name>CourseDetailPanel</name>
    <message>
        <source>Brugte timer</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sessioner</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Ret planlagt afslutning …</source>
        <translation>Change planned end …</translation>
    </message>
    <message>
        <source>Tilføj session …</source>
        <translation>Add session …</translation>
    </message>
    <message>
        <source>Afslut forløb …</source>
        <translation>End course …</translation>
    </message>
    <message>
        <source>Vælg et forløb</source>
        <translation>Choose a course</translation>
    </message>
    <message>
        <source>Vælg et forløb på listen for at se det.</source>
        <translation>Choose a course in the list to see it.</translation>
    </message>
    <message>
        <source>Alle forløbets timer er brugt.</source>
        <translation>All of the course&apos;s hours have been used.</translation>
    </message>
    <message>
        <source>startet {day}</source>
        <translation>started {day}</translation>
    </message>
    <message>
        <source>Ikke inviteret: {roles}.</source>
        <translation>Not invited: {roles}.</translation>
    </message>
    <message>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Timer om ugen</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Planlagt afslutning</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Senest (40 uger)</source>
        <translation>At the latest (40 weeks)</translation>
    </message>
    <message>
        <source>Opstartsmøde</source>
        <translation>Start-up meeting</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Dagtilbud</source>
        <translation>Day-care setting</translation>
    </message>
    <message>
        <source>Udfordring</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Timebudget: {text}</source>
        <translation>Hour budget: {text}</translation>
    </message>
    <message>
        <source>Den planlagte afslutning er nu {day}.</source>
        <translation>The planned end is now {day}.</translation>
    </message>
    <message>
        <source>Sessionen er gemt. {budget}.</source>
        <translation>The session has been saved. {budget}.</translation>
    </message>
    <message>
        <source>Forløbet er afsluttet ({reason}).</source>
        <translation>The course has ended ({reason}).</translation>
    </message>
    <message>
        <source>De fælles noter er gemt og registreret som delt med fagpersonerne fra caféen.</source>
        <translation>The shared notes have been saved and recorded as shared with the professionals from the café.</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Forløb</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Hjemmepædagogisk …</source>
        <translation>Home-based support …</translation>
    </message>
    <message>
        <source>Nyt hjemmepædagogisk forløb (højst 40 uger)</source>
        <translation>New home-based support course (at most 40 weeks)</translation>
    </message>
    <message>
        <source>Minivejledning …</source>
        <translation>Mini guidance …</translation>
    </message>
    <message>
        <source>Nyt minivejledningsforløb (10 timer)</source>
        <translation>New mini guidance course (10 hours)</translation>
    </message>
    <message>
        <source>Småbørnscafé …</source>
        <translation>Toddler café …</translation>
    </message>
    <message>
        <source>Planlæg småbørnscafé ved 1½ år</source>
        <translation>Plan toddler café at 18 months</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Omfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{title} er oprettet.</source>
        <translation>{title} has been created.</translation>
    </message>
    <message>
        <source>{used} af {budget} timer</source>
        <translation>{used} of {budget} hours</translation>
    </message>
    <message>
        <source>til {day}</source>
        <translation>until {day}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Skriv datoen som 22-02-2027, 22.2.27, 22/2-27 eller 220227, eller skriv »i dag« eller »i morgen«. Pil op og ned flytter en dag. Alt+pil ned åbner kalenderen.</source>
        <translation>Type the date as 22-02-2027, 22.2.27, 22/2-27 or 220227, or type “today” or “tomorrow”. The up and down arrows move one day. Alt+down arrow opens the calendar.</translation>
    </message>
    <message>
        <source>Vælg i kalenderen</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>Vælg dato i kalenderen</source>
        <translation>Choose date in the calendar</translation>
    </message>
    <message>
        <source>Datoen må tidligst være {day}.</source>
        <translation>The date must be {day} or later.</translation>
    </message>
    <message>
        <source>Datoen må senest være {day}.</source>
        <translation>The date must be {day} or earlier.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>+ {n} flere</source>
        <translation>+ {n} more</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Revisitation</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <source>Registrér afgørelse</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>{child} – indstillet af {referrer} {received}, ønsker {places} pladser.</source>
        <translation>{child} – referred by {referrer} {received}, requests {places} places.</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source> pladser</source>
        <translation> places</translation>
    </message>
    <message>
        <source>Barnet tæller for</source>
        <translation>The child counts as</translation>
    </message>
    <message>
        <source>Afgjort den</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Udvalgets begrundelse og bemærkninger (skal udfyldes ved afslag)</source>
        <translation>The committee&apos;s reasons and remarks (required for a refusal)</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gem afgørelsen</source>
        <translation>Save the decision</translation>
    </message>
</context>
<context>
    <name>DevelopmentAssessmentDialog</name>
    <message>
        <source>Tilføj udviklingsvurdering</source>
        <translation>Add development assessment</translation>
    </message>
    <message>
        <source> mdr.</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Udviklingsalder i måneder</source>
        <translation>Developmental age in months</translation>
    </message>
    <message>
        <source>Fx hvad vurderingen bygger på</source>
        <translation>E.g. what the assessment is based on</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <source>Udviklingsalder</source>
        <translation>Developmental age</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Barnets fødselsdato kendes ikke, så vurderingen kan ikke vises i grafen.</source>
        <translation>The child&apos;s date of birth is not known, so the assessment cannot be shown in the chart.</translation>
    </message>
    <message>
        <source>Barnets alder den dag: {age}</source>
        <translation>The child&apos;s age on that day: {age}</translation>
    </message>
</context>
<context>
    <name>DevelopmentChart</name>
    <message>
        <source>Udviklingsprofil: udviklingsalder mod alder</source>
        <translation>Development profile: developmental age against age</translation>
    </message>
    <message>
        <source>Alder (måneder)</source>
        <translation>Age (months)</translation>
    </message>
    <message>
        <source>Udviklingsalder (måneder)</source>
        <translation>Developmental age (months)</translation>
    </message>
    <message>
        <source>Alder = udviklingsalder</source>
        <translation>Age = developmental age</translation>
    </message>
    <message>
        <source>{domain}: udviklingsalder {level} mdr. ved alder {age} mdr.</source>
        <translation>{domain}: developmental age {level} months at age {age} months</translation>
    </message>
</context>
<context>
    <name>DevelopmentTab</name>
    <message>
        <source>som alderen</source>
        <translation>in line with age</translation>
    </message>
    <message>
        <source>{n} mdr. under alderen</source>
        <translation>{n} months below age</translation>
    </message>
    <message>
        <source>{n} mdr. over alderen</source>
        <translation>{n} months above age</translation>
    </message>
    <message>
        <source>Tilføj vurdering</source>
        <translation>Add assessment</translation>
    </message>
    <message>
        <source>Udviklingsprofil</source>
        <translation>Development profile</translation>
    </message>
    <message>
        <source>Udviklingsalder pr. område sammenlignet med barnets alder. Ligger et punkt under den stiplede linje, er barnet længere fremme i alder end i udvikling på det område.</source>
        <translation>Developmental age per area compared with the child&apos;s age. If a point lies below the dashed line, the child is further along in age than in development in that area.</translation>
    </message>
    <message>
        <source>Der er endnu ingen udviklingsvurderinger. Tilføj den første med knappen ovenfor.</source>
        <translation>There are no development assessments yet. Add the first one with the button above.</translation>
    </message>
    <message>
        <source>Barnets fødselsdato mangler, så nogle vurderinger kan ikke sammenlignes med alderen.</source>
        <translation>The child&apos;s date of birth is missing, so some assessments cannot be compared with the age.</translation>
    </message>
    <message>
        <source>Seneste vurdering pr. område</source>
        <translation>Latest assessment per area</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Udviklingsalder</source>
        <translation>Developmental age</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Forskel</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Vurderet</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Af</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>DocumentLabels</name>
    <message>
        <source>Stamdata</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <source>Navn, fødselsdato, sprog, rutiner og »Det virker for mig«</source>
        <translation>Name, date of birth, language, routines and “What works for me”</translation>
    </message>
    <message>
        <source>Helbred (diagnoser, allergier, medicin)</source>
        <translation>Health (diagnoses, allergies, medicine)</translation>
    </message>
    <message>
        <source>Særlige behov, diagnoser, allergier og medicin</source>
        <translation>Special needs, diagnoses, allergies and medicine</translation>
    </message>
    <message>
        <source>Familie og sociale forhold</source>
        <translation>Family and social circumstances</translation>
    </message>
    <message>
        <source>Forældre, anbringelse, samvær og sagsbehandler</source>
        <translation>Parents, placement, contact arrangements and caseworker</translation>
    </message>
    <message>
        <source>Observationer</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Observationer, der må deles, eller som er valgt</source>
        <translation>Observations that may be shared, or that were chosen</translation>
    </message>
    <message>
        <source>Udviklingsvurderinger</source>
        <translation>Development assessments</translation>
    </message>
    <message>
        <source>Udviklingsalder inden for områderne</source>
        <translation>Developmental age in each area</translation>
    </message>
    <message>
        <source>Mål og handleplan</source>
        <translation>Goals and action plan</translation>
    </message>
    <message>
        <source>Aktuelle mål og den seneste godkendte handleplan</source>
        <translation>Current goals and the latest approved action plan</translation>
    </message>
    <message>
        <source>Statusbeskrivelse</source>
        <translation>Status description</translation>
    </message>
    <message>
        <source>Statusbeskrivelse til statusmøder</source>
        <translation>Status description for status meetings</translation>
    </message>
    <message>
        <source>TOPI/trivsel</source>
        <translation>TOPI/wellbeing</translation>
    </message>
    <message>
        <source>Trivselsvurderinger (TOPI-positioner)</source>
        <translation>Wellbeing assessments (TOPI positions)</translation>
    </message>
    <message>
        <source>Barnets styrker</source>
        <translation>The child&apos;s strengths</translation>
    </message>
    <message>
        <source>Hvad barnet er godt til, og hvad det har lært i Mini-dagplejen.</source>
        <translation>What the child is good at, and what it has learnt in the mini family daycare.</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Hvad og hvordan barnet leger, alene og sammen med andre.</source>
        <translation>What and how the child plays, alone and with others.</translation>
    </message>
    <message>
        <source>Relationer og trivsel</source>
        <translation>Relationships and wellbeing</translation>
    </message>
    <message>
        <source>Barnets relationer til voksne og børn, og hvordan barnet trives.</source>
        <translation>The child&apos;s relationships with adults and children, and how the child is doing.</translation>
    </message>
    <message>
        <source>Det virker for mig</source>
        <translation>What works for me</translation>
    </message>
    <message>
        <source>Hvad der hjælper barnet i hverdagen: rutiner, overgange, sprog.</source>
        <translation>What helps the child in everyday life: routines, transitions, language.</translation>
    </message>
    <message>
        <source>Hjælpemidler</source>
        <translation>Aids</translation>
    </message>
    <message>
        <source>Hjælpemidler barnet bruger, fx rollator, ståstativ eller sækkestol, og hvornår.</source>
        <translation>Aids the child uses, e.g. a walker, a standing frame or a bean bag, and when.</translation>
    </message>
    <message>
        <source>Anbefalinger til børnehaven</source>
        <translation>Recommendations for the kindergarten</translation>
    </message>
    <message>
        <source>Hvad børnehaven med fordel kan fortsætte med, og hvad der skal være på plads ved starten.</source>
        <translation>What the kindergarten would do well to continue, and what must be in place at the start.</translation>
    </message>
    <message>
        <source>Opfølgning på sidste aftaler</source>
        <translation>Follow-up on the last agreements</translation>
    </message>
    <message>
        <source>Status fra forældre</source>
        <translation>Status from the parents</translation>
    </message>
    <message>
        <source>Status fra mini-dagplejer</source>
        <translation>Status from the mini childminder</translation>
    </message>
    <message>
        <source>Status fra konsulent og samarbejdsparter</source>
        <translation>Status from the consultant and partners</translation>
    </message>
    <message>
        <source>Evaluering af mål</source>
        <translation>Evaluation of goals</translation>
    </message>
    <message>
        <source>Reviderede mål</source>
        <translation>Revised goals</translation>
    </message>
    <message>
        <source>Bevilling, revisitation eller overgang</source>
        <translation>Grant, revisitation or transition</translation>
    </message>
    <message>
        <source>Aftaler (hvem, hvad, hvornår)</source>
        <translation>Agreements (who, what, when)</translation>
    </message>
    <message>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Velkommen og præsentation</source>
        <translation>Welcome and introductions</translation>
    </message>
    <message>
        <source>Forældrenes fortælling om barnet</source>
        <translation>The parents&apos; account of the child</translation>
    </message>
    <message>
        <source>Barnets behov og hvad der virker</source>
        <translation>The child&apos;s needs and what works</translation>
    </message>
    <message>
        <source>Hverdagen i mini-dagplejen</source>
        <translation>Everyday life in the mini family daycare</translation>
    </message>
    <message>
        <source>Mål for den første periode</source>
        <translation>Goals for the first period</translation>
    </message>
    <message>
        <source>Samarbejde og kontakt</source>
        <translation>Cooperation and contact</translation>
    </message>
    <message>
        <source>Barnets trivsel og udvikling</source>
        <translation>The child&apos;s wellbeing and development</translation>
    </message>
    <message>
        <source>Det der virker for barnet</source>
        <translation>What works for the child</translation>
    </message>
    <message>
        <source>Overgangen: aftaler med den nye institution</source>
        <translation>The transition: agreements with the new institution</translation>
    </message>
    <message>
        <source>Samtykke til overlevering</source>
        <translation>Consent to the handover</translation>
    </message>
    <message>
        <source>Status fra deltagerne</source>
        <translation>Status from the participants</translation>
    </message>
    <message>
        <source>Drøftelse</source>
        <translation>Discussion</translation>
    </message>
</context>
<context>
    <name>DomainChecklist</name>
    <message>
        <source>Læreplanstemaer</source>
        <translation>Curriculum themes</translation>
    </message>
    <message>
        <source>Praktiske områder</source>
        <translation>Practical areas</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Mini-dagplejer</source>
        <translation>Mini childminder</translation>
    </message>
    <message>
        <source>Mini-dagplejekonsulent</source>
        <translation>Mini family daycare consultant</translation>
    </message>
    <message>
        <source>Dagplejekontor</source>
        <translation>Daycare office</translation>
    </message>
    <message>
        <source>Dagplejer</source>
        <translation>Childminder</translation>
    </message>
    <message>
        <source>Dagplejekonsulent</source>
        <translation>Family daycare consultant</translation>
    </message>
    <message>
        <source>Sundhedsplejerske</source>
        <translation>Health visitor</translation>
    </message>
    <message>
        <source>Småbørnskonsulent</source>
        <translation>Toddler consultant</translation>
    </message>
    <message>
        <source>Socialrådgiver</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>PPR-psykolog</source>
        <translation>Educational psychologist</translation>
    </message>
    <message>
        <source>Fysioterapeut</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Talehørekonsulent</source>
        <translation>Speech and hearing consultant</translation>
    </message>
    <message>
        <source>Hjemmepædagog</source>
        <translation>Home support educator</translation>
    </message>
    <message>
        <source>Pædagog</source>
        <translation>Early years educator</translation>
    </message>
    <message>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrativ medarbejder</source>
        <translation>Administrative officer</translation>
    </message>
    <message>
        <source>Mini-dagplejehjem</source>
        <translation>Mini childminder&apos;s home</translation>
    </message>
    <message>
        <source>Almindeligt dagplejehjem</source>
        <translation>Ordinary childminder&apos;s home</translation>
    </message>
    <message>
        <source>Indstillet</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Indskrevet</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Overleveret</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Arkiveret</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Grøn</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Rød</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Individuel vurdering</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <source>Fælles vurdering</source>
        <translation>Joint assessment</translation>
    </message>
    <message>
        <source>Kun internt</source>
        <translation>Internal only</translation>
    </message>
    <message>
        <source>Forældre</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Samarbejdsparter (med samtykke)</source>
        <translation>Partners (with consent)</translation>
    </message>
    <message>
        <source>Sundhedsplejen</source>
        <translation>Health visitors</translation>
    </message>
    <message>
        <source>Socialrådgiver/sagsbehandler</source>
        <translation>Social worker/caseworker</translation>
    </message>
    <message>
        <source>Visitationsudvalget</source>
        <translation>Referral committee</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Til visitation</source>
        <translation>For assessment</translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Afslået</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Trukket tilbage</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Opnået</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Delvist opnået</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Justeret</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Opgivet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Underskrevet på papir</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <source>Godkendt i programmet</source>
        <translation>Approved in the program</translation>
    </message>
    <message>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Erstattet</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Statusmøde</source>
        <translation>Status meeting</translation>
    </message>
    <message>
        <source>Opstartsmøde</source>
        <translation>Start-up meeting</translation>
    </message>
    <message>
        <source>Overleveringsmøde</source>
        <translation>Handover meeting</translation>
    </message>
    <message>
        <source>Netværksmøde</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Småbørnscafé</source>
        <translation>Toddler café</translation>
    </message>
    <message>
        <source>Vejledningssession</source>
        <translation>Guidance session</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Afholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Aflyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Inviteret</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Afbud</source>
        <translation>Sent apologies</translation>
    </message>
    <message>
        <source>Udeblevet</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Tilsyn</source>
        <translation>Supervision visit</translation>
    </message>
    <message>
        <source>Hjemmebesøg</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Sygdom</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Ferie</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Kursus</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Afspadsering/fri</source>
        <translation>Time off</translation>
    </message>
    <message>
        <source>Hjemmepædagogisk forløb</source>
        <translation>Home-based support course</translation>
    </message>
    <message>
        <source>Minivejledningsforløb</source>
        <translation>Mini guidance course</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fysisk møde</source>
        <translation>In-person meeting</translation>
    </message>
    <message>
        <source>Overlevering</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Deling med samarbejdsparter</source>
        <translation>Sharing with partners</translation>
    </message>
    <message>
        <source>Billeder</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Skriftligt</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Mundtligt</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Visning</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Oprettelse</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Ændring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sletning</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Udskrift</source>
        <translation>Printout</translation>
    </message>
    <message>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Mislykket login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Log ud</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Sikkerhedskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Gendannelse</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Målene er nået</source>
        <translation>The goals have been met</translation>
    </message>
    <message>
        <source>Henvist til anden indsats</source>
        <translation>Referred to another service</translation>
    </message>
    <message>
        <source>Forløbet er gennemført</source>
        <translation>The course has been completed</translation>
    </message>
    <message>
        <source>Ikke registreret</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Registreret</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Svær</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Livstruende (anafylaksi)</source>
        <translation>Life-threatening (anaphylaxis)</translation>
    </message>
    <message>
        <source>Mor</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Plejemor</source>
        <translation>Foster mother</translation>
    </message>
    <message>
        <source>Plejefar</source>
        <translation>Foster father</translation>
    </message>
    <message>
        <source>Værge</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Kørsel</source>
        <translation>Transport by car</translation>
    </message>
    <message>
        <source>Ture ud af huset</source>
        <translation>Outings</translation>
    </message>
    <message>
        <source>Alsidig personlig udvikling</source>
        <translation>All-round personal development</translation>
    </message>
    <message>
        <source>Social udvikling</source>
        <translation>Social development</translation>
    </message>
    <message>
        <source>Kommunikation og sprog</source>
        <translation>Communication and language</translation>
    </message>
    <message>
        <source>Krop, sanser og bevægelse</source>
        <translation>Body, senses and movement</translation>
    </message>
    <message>
        <source>Natur, udeliv og science</source>
        <translation>Nature, outdoor life and science</translation>
    </message>
    <message>
        <source>Kultur, æstetik og fællesskab</source>
        <translation>Culture, aesthetics and community</translation>
    </message>
    <message>
        <source>Grovmotorik</source>
        <translation>Gross motor skills</translation>
    </message>
    <message>
        <source>Finmotorik</source>
        <translation>Fine motor skills</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Socialt samspil</source>
        <translation>Social interaction</translation>
    </message>
    <message>
        <source>Følelser</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <source>Kognition</source>
        <translation>Cognition</translation>
    </message>
    <message>
        <source>Selvhjulpenhed</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>Sanser</source>
        <translation>Senses</translation>
    </message>
    <message>
        <source>Søvn og måltider</source>
        <translation>Sleep and meals</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Du har en ikke-gemt ændring af en observation%1 fra %2.</source>
        <translation>You have an unsaved change to an observation%1 from %2.</translation>
    </message>
    <message>
        <source>Du har en ikke-gemt observation%1 fra %2.</source>
        <translation>You have an unsaved observation%1 from %2.</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i går</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>Ikke-gemt observation</source>
        <translation>Unsaved observation</translation>
    </message>
    <message>
        <source>&amp;Fortsæt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>(ingen tekst endnu)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>Åbn observationen med teksten, så du kan gøre den færdig</source>
        <translation>Open the observation with the text so you can finish it</translation>
    </message>
    <message>
        <source> om %1</source>
        <translation> about %1</translation>
    </message>
    <message>
        <source>Der er én kladde mere.</source>
        <translation>There is one more draft.</translation>
    </message>
    <message>
        <source>Den begynder: »%1«</source>
        <translation>It begins: “%1”</translation>
    </message>
    <message>
        <source>Der er %1 kladder mere.</source>
        <translation>There are %1 more drafts.</translation>
    </message>
</context>
<context>
    <name>DuplicateCard</name>
    <message>
        <source>Muligt dubletbarn: to registreringer med samme CPR-nummer</source>
        <translation>Possible duplicate child: two registrations with the same CPR number</translation>
    </message>
    <message>
        <source>Barnet er registreret både her og på en anden enhed. Er det samme barn, så behold den ene registrering: alt om den anden flyttes over til den. Er det to børn, beholdes begge.</source>
        <translation>The child is registered both here and on another device. If it is the same child, keep one registration: everything about the other is moved over to it. If they are two children, both are kept.</translation>
    </message>
    <message>
        <source>Registreringen her</source>
        <translation>The registration here</translation>
    </message>
    <message>
        <source>Den modtagne registrering</source>
        <translation>The received registration</translation>
    </message>
    <message>
        <source>Det er to forskellige børn</source>
        <translation>They are two different children</translation>
    </message>
    <message>
        <source>Begge registreringer beholdes, og meddelelsen lukkes</source>
        <translation>Both registrations are kept, and the notice is closed</translation>
    </message>
    <message>
        <source>Det er to forskellige børn: {a} og {b}</source>
        <translation>They are two different children: {a} and {b}</translation>
    </message>
    <message>
        <source>Det er samme barn – behold denne</source>
        <translation>It is the same child – keep this one</translation>
    </message>
    <message>
        <source>Det er samme barn – behold {name} ({where})</source>
        <translation>It is the same child – keep {name} ({where})</translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation>1 observation</translation>
    </message>
    <message>
        <source>Læg registreringerne sammen</source>
        <translation>Merge the registrations</translation>
    </message>
    <message>
        <source>Ja, læg dem sammen</source>
        <translation>Yes, merge them</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{count} observationer</source>
        <translation>{count} observations</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Observationer</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Registreret på</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Registreringen »{keep}« ({keep_where}) beholdes. Alt om den anden registrering – {observations}, mål, planer, møder, forældre, samtykker og indskrivninger – flyttes over til den, og tomme felter udfyldes fra den anden. »{gone}« forsvinder fra listen over børn.

Sammenlægningen sendes med de næste pakker til de andre enheder og kan ikke fortrydes.</source>
        <translation>The registration “{keep}” ({keep_where}) is kept. Everything about the other registration – {observations}, goals, plans, meetings, parents, consents and enrolments – is moved over to it, and empty fields are filled in from the other. “{gone}” disappears from the list of children.

The merge is sent with the next packages to the other devices and cannot be undone.</translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(ukendt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(ikke indskrevet)</source>
        <translation>(not enrolled)</translation>
    </message>
    <message>
        <source>Er de to registreringer af »{name}« samme barn?</source>
        <translation>Are the two registrations of “{name}” the same child?</translation>
    </message>
    <message>
        <source>Er »{gone}« og »{keep}« samme barn?</source>
        <translation>Are “{gone}” and “{keep}” the same child?</translation>
    </message>
    <message>
        <source>her</source>
        <translation>here</translation>
    </message>
    <message>
        <source>den modtagne</source>
        <translation>the received one</translation>
    </message>
</context>
<context>
    <name>EditorDraftGuard</name>
    <message>
        <source>Kladden kunne ikke gemmes eller hentes: {reason}</source>
        <translation>The draft could not be saved or fetched: {reason}</translation>
    </message>
    <message>
        <source>Teksten er ikke gemt</source>
        <translation>The text has not been saved</translation>
    </message>
    <message>
        <source>Du har skrevet tekst, som ikke er gemt.</source>
        <translation>You have written text that has not been saved.</translation>
    </message>
    <message>
        <source>Gem den som kladde, så den er her igen, næste gang du åbner vinduet, eller kassér den. Vælg »Tilbage« for at skrive videre.</source>
        <translation>Save it as a draft so that it is here again the next time you open the window, or discard it. Choose “Back” to keep writing.</translation>
    </message>
    <message>
        <source>Kassér teksten</source>
        <translation>Discard the text</translation>
    </message>
    <message>
        <source>Gem som kladde</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <source>{title}, startet {start}.</source>
        <translation>{title}, started {start}.</translation>
    </message>
    <message>
        <source>Forløbet kan senest afsluttes {day}.</source>
        <translation>The course can be ended on {day} at the latest.</translation>
    </message>
    <message>
        <source>Afslut forløb</source>
        <translation>End course</translation>
    </message>
    <message>
        <source>Sidste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Afslut forløbet</source>
        <translation>End the course</translation>
    </message>
</context>
<context>
    <name>EraseChildDialog</name>
    <message>
        <source>Slet barnet helt (GDPR)</source>
        <translation>Erase the child completely (GDPR)</translation>
    </message>
    <message>
        <source>Slet {name} helt?</source>
        <translation>Erase {name} completely?</translation>
    </message>
    <message>
        <source>Sletter {first} … Vent et øjeblik.</source>
        <translation>Erasing {first} … Please wait a moment.</translation>
    </message>
    <message>
        <source>Brug kun dette, når barnets oplysninger skal slettes efter databeskyttelsesreglerne (retten til sletning). Stopper barnet bare i dagplejen, skal sagen afsluttes i stedet. Så bliver oplysningerne gemt og slettet efter de almindelige regler for opbevaring.</source>
        <translation>Only use this when the child&apos;s information must be erased under the data protection rules (the right to erasure). If the child is simply leaving the daycare, close the case instead. The information is then kept and deleted under the usual retention rules.</translation>
    </message>
    <message>
        <source>Alt om {first} slettes på denne computer: stamdata, observationer, vurderinger, mål, planer, møder, samtykker, vedhæftede filer og kladder. Forældre, der ikke har andre børn her, slettes også.</source>
        <translation>Everything about {first} is erased on this computer: basic details, observations, assessments, goals, plans, meetings, consents, attachments and drafts. Parents who have no other children here are erased too.</translation>
    </message>
    <message>
        <source>Sletningen kommer med i de næste synkroniseringspakker, og hver enhed, der modtager en af dem, sletter også {first} helt, uden at gemme gamle værdier.</source>
        <translation>The erasure goes into the next sync packages, and every device that receives one of them also erases {first} completely, without keeping old values.</translation>
    </message>
    <message>
        <source>Det kan ikke fortrydes. Programmet gemmer ingen kopi, og {first} kan ikke hentes tilbage fra de andre enheder.</source>
        <translation>This cannot be undone. The program keeps no copy, and {first} cannot be fetched back from the other devices.</translation>
    </message>
    <message>
        <source>Der tages ikke en sikkerhedskopi først, for så ville oplysningerne blive gemt alligevel. Sikkerhedskopier, der er taget tidligere, indeholder stadig {first}, indtil de bliver slettet.</source>
        <translation>No backup is taken first, because the information would then be kept after all. Backups taken earlier still contain {first} until they are deleted.</translation>
    </message>
    <message>
        <source>Selve sletningen bliver skrevet i loggen: hvem der slettede, og hvornår.</source>
        <translation>The erasure itself is written to the log: who erased, and when.</translation>
    </message>
    <message>
        <source>Skriv barnets fornavn, »{first}«, for at bekræfte:</source>
        <translation>Type the child&apos;s first name, “{first}”, to confirm:</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Slet for altid</source>
        <translation>Erase for ever</translation>
    </message>
    <message>
        <source>Slet {name} for altid</source>
        <translation>Erase {name} for ever</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Det gik ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>FolderTexts</name>
    <message>
        <source>Forsiden. Tekst efter en linje med --- står under det farvede bånd.</source>
        <translation>The front page. Text after a line with --- appears below the coloured band.</translation>
    </message>
    <message>
        <source>Feltet, der foldes ind: det første, man ser, når folderen åbnes.</source>
        <translation>The panel that folds in: the first thing you see when the leaflet is opened.</translation>
    </message>
    <message>
        <source>Bagsiden, udvendigt i midten. {kontakt} indsætter kontaktadressen.</source>
        <translation>The back page, outside in the middle. {kontakt} inserts the contact address.</translation>
    </message>
    <message>
        <source>Indersiden, venstre felt.</source>
        <translation>Inside, left panel.</translation>
    </message>
    <message>
        <source>Indersiden, midterste felt.</source>
        <translation>Inside, middle panel.</translation>
    </message>
    <message>
        <source>Indersiden, højre felt.</source>
        <translation>Inside, right panel.</translation>
    </message>
    <message>
        <source>Adressen på folderen, én linje ad gangen. Tom: organisationens adresse fra Indstillinger bruges.</source>
        <translation>The address on the leaflet, one line at a time. Empty: the organisation&apos;s address from Settings is used.</translation>
    </message>
    <message>
        <source># titel  ·  ## overskrift  ·  - punkt  ·  &gt; fremhævet boks  ·  tom linje mellem afsnit</source>
        <translation># title  ·  ## heading  ·  - item  ·  &gt; highlighted box  ·  empty line between paragraphs</translation>
    </message>
</context>
<context>
    <name>FolderTextsDialog</name>
    <message>
        <source>Folderens tekster</source>
        <translation>Leaflet texts</translation>
    </message>
    <message>
        <source>Folderen er et A4-ark på tværs, foldet i tre: seks felter. Vælg et felt og ret teksten; skriv i et enkelt sprog til forældrene.</source>
        <translation>The leaflet is an A4 sheet in landscape, folded in three: six panels. Choose a panel and edit the text; write in plain language for the parents.</translation>
    </message>
    <message>
        <source>Felter i folderen</source>
        <translation>Panels in the leaflet</translation>
    </message>
    <message>
        <source>Feltets tekst</source>
        <translation>The panel&apos;s text</translation>
    </message>
    <message>
        <source>Henter teksterne …</source>
        <translation>Fetching the texts …</translation>
    </message>
    <message>
        <source>Gendan standardtekst</source>
        <translation>Restore standard text</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kontaktadresse</source>
        <translation>Contact address</translation>
    </message>
    <message>
        <source>Tom: organisationens adresse fra Indstillinger bruges.</source>
        <translation>Empty: the organisation&apos;s address from Settings is used.</translation>
    </message>
    <message>
        <source>{n} af {max} tegn</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <source> · egen tekst</source>
        <translation> · own text</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Opfølgninger</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Senest</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hvad skal gøres?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tilføj opfølgning</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern den valgte opfølgning, der ikke er gemt endnu</source>
        <translation>Remove the selected follow-up that has not been saved yet</translation>
    </message>
    <message>
        <source>Ikke gemt endnu</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Udført {day}</source>
        <translation>Done {day}</translation>
    </message>
    <message>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Glemt adgangskode – Dagpleje Desktop</source>
        <translation>Forgotten password – Dagpleje Desktop</translation>
    </message>
    <message>
        <source>Glemt adgangskode?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Skriv gendannelsesnøglen, som blev vist, da programmet blev sat op (eller da der sidst blev lavet en ny), og vælg en ny adgangskode.</source>
        <translation>Enter the recovery key that was shown when the program was set up (or when a new one was last made), and choose a new password.</translation>
    </message>
    <message>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Nulstiller …</source>
        <translation>Resetting …</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nulstil adgangskode</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Data ligger på en PostgreSQL-server, og dér er der ingen gendannelsesnøgle. Kontakt dagplejekontoret: de kan give dig en ny adgangskode.</source>
        <translation>The data is stored on a PostgreSQL server, and there is no recovery key there. Contact the daycare office: they can give you a new password.</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Skriv dit brugernavn.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Skriv gendannelsesnøglen.</source>
        <translation>Enter the recovery key.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Ukendt alder</source>
        <translation>Age unknown</translation>
    </message>
</context>
<context>
    <name>GoalChecklist</name>
    <message>
        <source>Vælg barnet for at se dets mål.</source>
        <translation>Choose the child to see their goals.</translation>
    </message>
    <message>
        <source>Mål: %1</source>
        <translation>Goals: %1</translation>
    </message>
    <message>
        <source>Barnet har ingen aktive mål.</source>
        <translation>The child has no active goals.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Ret mål</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>For {name}</translation>
    </message>
    <message>
        <source>Tilføj mål</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Din ikke-gemte tekst fra {when} er hentet frem. Gem målet, når det er færdigt.</source>
        <translation>Your unsaved text from {when} has been restored. Save the goal when it is finished.</translation>
    </message>
</context>
<context>
    <name>GoalEvaluationList</name>
    <message>
        <source>Barnet har ingen åbne mål at evaluere.</source>
        <translation>The child has no open goals to evaluate.</translation>
    </message>
    <message>
        <source>måldato {day}</source>
        <translation>target date {day}</translation>
    </message>
    <message>
        <source>{n} observationer siden sidste statusmøde</source>
        <translation>{n} observations since the last status meeting</translation>
    </message>
    <message>
        <source>Evaluering af {title}</source>
        <translation>Evaluation of {title}</translation>
    </message>
    <message>
        <source>Ikke evalueret nu</source>
        <translation>Not evaluated now</translation>
    </message>
    <message>
        <source>Evalueringstekst for {title}</source>
        <translation>Evaluation text for {title}</translation>
    </message>
    <message>
        <source>Hvad er set og nået?</source>
        <translation>What has been seen and achieved?</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>&amp;Udviklingsområde</source>
        <translation>&amp;Development area</translation>
    </message>
    <message>
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Konkret og til at se, fx »Zoë bruger 10 tegn til tale på eget initiativ«</source>
        <translation>Concrete and visible, e.g. “Zoë uses 10 signs to communicate on her own initiative”</translation>
    </message>
    <message>
        <source>&amp;Tegn på udvikling</source>
        <translation>&amp;Signs of development</translation>
    </message>
    <message>
        <source>Tegn på udvikling</source>
        <translation>Signs of development</translation>
    </message>
    <message>
        <source>Hvad vil I se, når det går den rigtige vej?</source>
        <translation>What will you see when things are going the right way?</translation>
    </message>
    <message>
        <source>&amp;Indsats (hvad)</source>
        <translation>&amp;Action (what)</translation>
    </message>
    <message>
        <source>Indsats (hvad)</source>
        <translation>Action (what)</translation>
    </message>
    <message>
        <source>Hvad gør I konkret?</source>
        <translation>What exactly will you do?</translation>
    </message>
    <message>
        <source>H&amp;vem</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <source>Hvem gør det</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Fx mini-dagplejer og forældre</source>
        <translation>E.g. mini childminder and parents</translation>
    </message>
    <message>
        <source>Hvor &amp;ofte</source>
        <translation>How &amp;often</translation>
    </message>
    <message>
        <source>Hvor ofte</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Fx dagligt ved måltiderne</source>
        <translation>E.g. daily at mealtimes</translation>
    </message>
    <message>
        <source>Hvo&amp;r</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Fx i mini-dagplejehjemmet, på legepladsen, hjemme</source>
        <translation>E.g. in the mini childminder&apos;s home, at the playground, at home</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Måldato</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>&amp;Evaluering</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Hvad er der set og nået? (udfyldes ved evaluering)</source>
        <translation>What has been seen and achieved? (filled in at evaluation)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Historik …</source>
        <translation>History …</translation>
    </message>
    <message>
        <source>Se alle ændringer af målet: hvem, hvornår, før og efter</source>
        <translation>See all changes to the goal: who, when, before and after</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem mål</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>GoalHistoryDialog</name>
    <message>
        <source>Historik for mål</source>
        <translation>Goal history</translation>
    </message>
    <message>
        <source>Ændringer af målet</source>
        <translation>Changes to the goal</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Evalueret</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Status ændret</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>{n} ændringer</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <source>Ingen ændringer endnu.</source>
        <translation>No changes yet.</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <source>Ingen måldato</source>
        <translation>No target date</translation>
    </message>
    <message>
        <source>Ingen observationer endnu (der er ikke holdt statusmøde)</source>
        <translation>No observations yet (no status meeting has been held)</translation>
    </message>
    <message>
        <source>1 observation i alt (der er ikke holdt statusmøde)</source>
        <translation>1 observation in all (no status meeting has been held)</translation>
    </message>
    <message>
        <source>{n} observationer siden statusmødet {date}</source>
        <translation>{n} observations since the status meeting on {date}</translation>
    </message>
    <message>
        <source>Måldato {date}</source>
        <translation>Target date {date}</translation>
    </message>
    <message>
        <source> (overskredet)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Vis observationer</source>
        <translation>Show observations</translation>
    </message>
    <message>
        <source>{n} observationer i alt (der er ikke holdt statusmøde)</source>
        <translation>{n} observations in all (no status meeting has been held)</translation>
    </message>
    <message>
        <source>Ingen observationer siden statusmødet {date}</source>
        <translation>No observations since the status meeting on {date}</translation>
    </message>
    <message>
        <source>1 observation siden statusmødet {date}</source>
        <translation>1 observation since the status meeting on {date}</translation>
    </message>
    <message>
        <source> (i dag)</source>
        <translation> (today)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Aktuelle mål</source>
        <translation>Current goals</translation>
    </message>
    <message>
        <source>Afsluttede mål</source>
        <translation>Completed goals</translation>
    </message>
    <message>
        <source>Barnet har ingen mål endnu.</source>
        <translation>The child has no goals yet.</translation>
    </message>
    <message>
        <source>Vis observationer til målet {title}</source>
        <translation>Show observations for the goal {title}</translation>
    </message>
    <message>
        <source> (i morgen)</source>
        <translation> (tomorrow)</translation>
    </message>
    <message>
        <source>Tegn på udvikling: {text}</source>
        <translation>Signs of development: {text}</translation>
    </message>
    <message>
        <source> (om {n} dage)</source>
        <translation> (in {n} days)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Barnets mål med status, måldato og hvor mange observationer der er knyttet til målet siden sidste statusmøde.</source>
        <translation>The child&apos;s goals with status, target date and how many observations have been linked to the goal since the last status meeting.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Historik …</source>
        <translation>History …</translation>
    </message>
    <message>
        <source>Ret mål …</source>
        <translation>Edit goal …</translation>
    </message>
    <message>
        <source>Nyt mål …</source>
        <translation>New goal …</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <source>Måldato</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observationer</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Barnets mål</source>
        <translation>The child&apos;s goals</translation>
    </message>
    <message>
        <source>Observationer: antal observationer knyttet til målet siden sidste statusmøde.</source>
        <translation>Observations: number of observations linked to the goal since the last status meeting.</translation>
    </message>
    <message>
        <source>Handleplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Vis handleplan …</source>
        <translation>Show action plan …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Næste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Handleplanens versioner</source>
        <translation>Versions of the action plan</translation>
    </message>
    <message>
        <source>Målet er gemt: {title}</source>
        <translation>The goal has been saved: {title}</translation>
    </message>
    <message>
        <source>Gem handleplan som PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <source>Tilføj forælder eller kontakt</source>
        <translation>Add parent or contact</translation>
    </message>
    <message>
        <source>Ret forælder eller kontakt</source>
        <translation>Edit parent or contact</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Samme som hos søskende</source>
        <translation>Same as for a sibling</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Relation til barnet</source>
        <translation>Relationship to the child</translation>
    </message>
    <message>
        <source>Har forældremyndighed</source>
        <translation>Has custody</translation>
    </message>
    <message>
        <source>Forældremyndighed</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>Har brug for tolk</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Anden telefon</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Adresse og telefon er de samme hos søskende, der har samme forælder.</source>
        <translation>Address and phone are the same for siblings who have the same parent.</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{name} (hos {children})</source>
        <translation>{name} (for {children})</translation>
    </message>
    <message>
        <source>Skriv forælderens navn.</source>
        <translation>Enter the parent&apos;s name.</translation>
    </message>
    <message>
        <source>Vælg relationen til barnet (fx mor, far, plejemor).</source>
        <translation>Choose the relationship to the child (e.g. mother, father, foster mother).</translation>
    </message>
</context>
<context>
    <name>GuestCarePanel</name>
    <message>
        <source>Berørte børn</source>
        <translation>Children affected</translation>
    </message>
    <message>
        <source>Forslag til gæstehjem (plads alle dage, nærmeste først)</source>
        <translation>Suggested guest homes (a place every day, nearest first)</translation>
    </message>
    <message>
        <source>Gæstehjem</source>
        <translation>Guest home</translation>
    </message>
    <message>
        <source>Ledige pladser</source>
        <translation>Free places</translation>
    </message>
    <message>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Forslag til gæstehjem</source>
        <translation>Suggested guest homes</translation>
    </message>
    <message>
        <source>Udskriv taskeseddel …</source>
        <translation>Print bag note …</translation>
    </message>
    <message>
        <source>Aflys gæsteplejen</source>
        <translation>Cancel the guest care</translation>
    </message>
    <message>
        <source>Book gæstepleje</source>
        <translation>Book guest care</translation>
    </message>
    <message>
        <source>Vælg et fravær for at se de børn, det berører.</source>
        <translation>Choose an absence to see the children it affects.</translation>
    </message>
    <message>
        <source>{home}, {reason} {period}: ingen børn er indskrevet i perioden.</source>
        <translation>{home}, {reason} {period}: no children are enrolled in the period.</translation>
    </message>
    <message>
        <source>{home}, {reason} {period}: {n} børn skal passes andetsteds.</source>
        <translation>{home}, {reason} {period}: {n} children must be looked after elsewhere.</translation>
    </message>
    <message>
        <source>Bemærkning: {note}</source>
        <translation>Remark: {note}</translation>
    </message>
    <message>
        <source>gæstepleje hos {home}</source>
        <translation>guest care at {home}</translation>
    </message>
    <message>
        <source>mangler gæstepleje</source>
        <translation>guest care missing</translation>
    </message>
    <message>
        <source>Særlige behov: {needs}</source>
        <translation>Special needs: {needs}</translation>
    </message>
    <message>
        <source>Intet almindeligt dagplejehjem har plads alle dage i perioden.</source>
        <translation>No regular childminder&apos;s home has a place every day in the period.</translation>
    </message>
    <message>
        <source>Booket: gæstepleje hos {home} {period}</source>
        <translation>Booked: guest care at {home} {period}</translation>
    </message>
    <message>
        <source>{child} er booket i gæstepleje hos {home} {period}. Giv gæstedagplejeren taskesedlen.</source>
        <translation>{child} is booked for guest care at {home} {period}. Give the guest childminder the bag note.</translation>
    </message>
    <message>
        <source>Gæsteplejen for {child} er aflyst.</source>
        <translation>The guest care for {child} has been cancelled.</translation>
    </message>
    <message>
        <source>Taskeseddel – {child}</source>
        <translation>Bag note – {child}</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <source>Nyt minivejledningsforløb</source>
        <translation>New mini guidance course</translation>
    </message>
    <message>
        <source>Vejledning til et dagtilbud om en konkret udfordring: i alt 10 timer fordelt på videomøder, telefonsamtaler og fysiske møder.</source>
        <translation>Guidance for a day-care setting about a specific challenge: 10 hours in total, split between video meetings, phone calls and in-person meetings.</translation>
    </message>
    <message>
        <source>fx Børnehuset Mælkebøtten, vuggestuegruppen</source>
        <translation>e.g. Dandelion Children&apos;s House, the nursery group</translation>
    </message>
    <message>
        <source>Dagtilbud</source>
        <translation>Day-care setting</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ikke valgt endnu</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Vejleder</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Den udfordring, vejledningen handler om</source>
        <translation>The challenge the guidance is about</translation>
    </message>
    <message>
        <source>Udfordring</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Start forløbet</source>
        <translation>Start the course</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Pakken til barnets næste institution: følgebrev, om barnet og »Det virker for mig«, udvikling og trivsel, mål, den seneste godkendte handleplan, de observationer du vælger, kontakter og samtykket.</source>
        <translation>The package for the child&apos;s next institution: covering letter, about the child and “What works for me”, development and well-being, goals, the latest approved action plan, the observations you choose, contacts and the consent.</translation>
    </message>
    <message>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Institutionens navn, fx Børnehaven Solsikken</source>
        <translation>The institution&apos;s name, e.g. Sunflower Kindergarten</translation>
    </message>
    <message>
        <source>Registrér samtykke …</source>
        <translation>Record consent …</translation>
    </message>
    <message>
        <source>Observationer i pakken</source>
        <translation>Observations in the package</translation>
    </message>
    <message>
        <source>Vælg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Vælg ingen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Kun observationer, der må deles med samarbejdsparter, kan komme med. Nyeste først.</source>
        <translation>Only observations that may be shared with partners can be included. Newest first.</translation>
    </message>
    <message>
        <source>Når pakken laves, registreres det, at oplysningerne er givet videre: hvad, til hvem, hvornår og under hvilket samtykke.</source>
        <translation>When the package is made, it is recorded that the information has been passed on: what, to whom, when and under which consent.</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lav overleveringspakke</source>
        <translation>Make handover package</translation>
    </message>
    <message>
        <source>Skriv modtageren for at se samtykket.</source>
        <translation>Enter the recipient to see the consent.</translation>
    </message>
    <message>
        <source>Overleveringspakke</source>
        <translation>Handover package</translation>
    </message>
    <message>
        <source>Henter observationer …</source>
        <translation>Fetching observations …</translation>
    </message>
    <message>
        <source>Ingen af barnets observationer er markeret til deling med samarbejdsparter, så pakken kommer uden observationer. Delingen kan rettes på den enkelte observation.</source>
        <translation>None of the child&apos;s observations are marked for sharing with partners, so the package comes without observations. Sharing can be changed on each observation.</translation>
    </message>
    <message>
        <source>{chosen} af {total} valgt</source>
        <translation>{chosen} of {total} selected</translation>
    </message>
    <message>
        <source>Ser efter samtykke …</source>
        <translation>Looking for consent …</translation>
    </message>
    <message>
        <source>barnet</source>
        <translation>the child</translation>
    </message>
    <message>
        <source>Overleveringspakke til {recipient} – {child}</source>
        <translation>Handover package to {recipient} – {child}</translation>
    </message>
    <message>
        <source>Pakken gives videre under samtykke {ref} fra {who}, givet {given} ({form})</source>
        <translation>The package is passed on under consent {ref} from {who}, given {given} ({form})</translation>
    </message>
    <message>
        <source>Samtykket omfatter ikke observationer; de kommer ikke med.</source>
        <translation>The consent does not cover observations; they are not included.</translation>
    </message>
    <message>
        <source>, gælder til {day}</source>
        <translation>, valid until {day}</translation>
    </message>
    <message>
        <source>Pakken indeholder kun: {what}.</source>
        <translation>The package only contains: {what}.</translation>
    </message>
    <message>
        <source>Note på samtykket: {what}</source>
        <translation>Note on the consent: {what}</translation>
    </message>
</context>
<context>
    <name>HealthField</name>
    <message>
        <source>Ikke registreret</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Ja – skriv hvilke</source>
        <translation>Yes – state which</translation>
    </message>
    <message>
        <source>{caption}: hvilke</source>
        <translation>{caption}: which</translation>
    </message>
    <message>
        <source>Skriv hvilke under »{field}«, eller vælg »Ingen« eller »Ikke registreret«.</source>
        <translation>State which under “{field}”, or choose “None” or “Not recorded”.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Brugervejledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Kapitler</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Vejledningens tekst</source>
        <translation>Text of the guide</translation>
    </message>
    <message>
        <source>Gem vejledningen som PDF …</source>
        <translation>Save the guide as PDF …</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gem vejledningen som PDF</source>
        <translation>Save the guide as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Gemmer PDF-filen …</source>
        <translation>Saving the PDF file …</translation>
    </message>
    <message>
        <source>Gemt som PDF: {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
</context>
<context>
    <name>HoldingView</name>
    <message>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Referat pr. dagsordenspunkt</source>
        <translation>Minutes per agenda item</translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Hvad blev besluttet?</source>
        <translation>What was decided?</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Næste møde kl.</source>
        <translation>Next meeting at</translation>
    </message>
    <message>
        <source>Opfølgning (hvem, hvad, hvornår)</source>
        <translation>Follow-up (who, what, when)</translation>
    </message>
    <message>
        <source>Evaluering af mål</source>
        <translation>Evaluation of goals</translation>
    </message>
    <message>
        <source>Nye mål</source>
        <translation>New goals</translation>
    </message>
    <message>
        <source>Begrundelse for rettelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Begrundelse for rettelsen (referatet er låst: den tidligere ordlyd gemmes)</source>
        <translation>Reason for the correction (the minutes are locked: the previous wording is kept)</translation>
    </message>
    <message>
        <source>Gem referat og markér mødet som afholdt</source>
        <translation>Save minutes and mark the meeting as held</translation>
    </message>
    <message>
        <source>Mødet er aflyst; der skrives ikke referat.</source>
        <translation>The meeting has been cancelled; no minutes are written.</translation>
    </message>
    <message>
        <source>Mødet er afholdt. Du kan rette referatet og gemme igen; nye opfølgninger og mål lægges til.</source>
        <translation>The meeting has been held. You can edit the minutes and save again; new follow-ups and goals are added.</translation>
    </message>
    <message>
        <source>Mødet er først den {day}. Referatet kan gemmes, når mødet er holdt.</source>
        <translation>The meeting is not until {day}. The minutes can be saved once the meeting has been held.</translation>
    </message>
    <message>
        <source>Skriv referatet under mødet eller lige efter. Alt gemmes samlet, når du klikker »Gem referat«.</source>
        <translation>Write the minutes during the meeting or just after. Everything is saved together when you click “Save minutes”.</translation>
    </message>
    <message>
        <source>Ingen deltagere registreret.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <source>Fremmøde for {name}</source>
        <translation>Attendance for {name}</translation>
    </message>
    <message>
        <source>Referat: {title}</source>
        <translation>Minutes: {title}</translation>
    </message>
    <message>
        <source>Kladden kunne ikke gemmes: {reason}</source>
        <translation>The draft could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Dit ikke-gemte referat fra {when} er hentet frem. Gem det, når det er færdigt.</source>
        <translation>Your unsaved minutes from {when} have been restored. Save them when they are finished.</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Referatet er gemt, og mødet er afholdt: {f} nye opfølgninger, {e} mål evalueret, {g} nye mål.</source>
        <translation>The minutes have been saved and the meeting is held: {f} new follow-ups, {e} goals evaluated, {g} new goals.</translation>
    </message>
</context>
<context>
    <name>HomePedagogueDialog</name>
    <message>
        <source>Nyt hjemmepædagogisk forløb</source>
        <translation>New home-based support course</translation>
    </message>
    <message>
        <source>Forløbet foregår i familiens hjem og varer højst 40 uger. Det afsluttes, når målene er nået, eller når familien henvises til en anden indsats.</source>
        <translation>The course takes place in the family&apos;s home and lasts at most 40 weeks. It ends when the goals have been reached or when the family is referred to another service.</translation>
    </message>
    <message>
        <source>fx Familien Hansen (to børn på 1 og 3 år)</source>
        <translation>e.g. the Hansen family (two children aged 1 and 3)</translation>
    </message>
    <message>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Intet bestemt barn</source>
        <translation>No particular child</translation>
    </message>
    <message>
        <source>Barn (valgfrit)</source>
        <translation>Child (optional)</translation>
    </message>
    <message>
        <source>Ikke valgt endnu</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Hjemmepædagog</source>
        <translation>Home support educator</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source> timer om ugen</source>
        <translation> hours per week</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Planlagt afslutning</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>De mål, der aftales med familien ved opstartsmødet</source>
        <translation>The goals agreed with the family at the start-up meeting</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Planlæg</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Opstartsmødets tidspunkt</source>
        <translation>Time of the start-up meeting</translation>
    </message>
    <message>
        <source>Opstartsmøde</source>
        <translation>Start-up meeting</translation>
    </message>
    <message>
        <source>Start forløbet</source>
        <translation>Start the course</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <source>Planlæg hjemmebesøg</source>
        <translation>Plan home visit</translation>
    </message>
    <message>
        <source>Besøg hos familien til {child} for at afklare barnets pædagogiske behov, før der findes et mini-dagplejehjem.</source>
        <translation>Visit to the family of {child} to clarify the child&apos;s educational needs before a mini childminder&apos;s home is found.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Klokken</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Formål og noter</source>
        <translation>Purpose and notes</translation>
    </message>
    <message>
        <source>Planlæg besøget</source>
        <translation>Plan the visit</translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminders&apos; homes</translation>
    </message>
    <message>
        <source>Dagplejehjemmene kunne ikke hentes.</source>
        <translation>The childminders&apos; homes could not be fetched.</translation>
    </message>
    <message>
        <source>{homes} dagplejehjem med i alt {places} pladser, heraf {free} ledige i dag.</source>
        <translation>{homes} childminders&apos; homes with {places} places in all, {free} of them free today.</translation>
    </message>
    <message>
        <source>Der er endnu ingen dagplejehjem.</source>
        <translation>There are no childminders&apos; homes yet.</translation>
    </message>
</context>
<context>
    <name>HomesTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pladser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Optaget</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Ledige</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Dagplejer</source>
        <translation>Childminder</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>LanguageSettingsCard</name>
    <message>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>LockSettingsCard</name>
    <message>
        <source>Automatisk lås</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>Programmet låser sig selv, når det ikke har været brugt i et stykke tid. Det, du er i gang med, bliver liggende, til du låser op med din adgangskode.</source>
        <translation>The program locks itself when it has not been used for a while. What you are working on stays where it is until you unlock with your password.</translation>
    </message>
    <message>
        <source>&amp;Lås efter</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source> minutter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lås efter antal minutter uden brug</source>
        <translation>Lock after number of minutes without use</translation>
    </message>
    <message>
        <source>uden brug (0 = aldrig)</source>
        <translation>without use (0 = never)</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>Programmet er låst</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <source>%1 er låst</source>
        <translation>%1 is locked</translation>
    </message>
    <message>
        <source>Skriv din adgangskode for at fortsætte.</source>
        <translation>Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log ind – Dagpleje Desktop</source>
        <translation>Log in – Dagpleje Desktop</translation>
    </message>
    <message>
        <source>Data: {location}</source>
        <translation>Data: {location}</translation>
    </message>
    <message>
        <source>Demo: log ind som en af disse opdigtede brugere. Adgangskoden er »{password}« for dem alle.</source>
        <translation>Demo: log in as one of these fictitious users. The password is “{password}” for all of them.</translation>
    </message>
    <message>
        <source>• {user} – {role}</source>
        <translation>• {user} – {role}</translation>
    </message>
    <message>
        <source>Adgangskoden er nulstillet. Log ind med den nye adgangskode.</source>
        <translation>The password has been reset. Log in with the new password.</translation>
    </message>
    <message>
        <source>Skriv dit brugernavn.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Advarsel – Dagpleje Desktop</source>
        <translation>Warning – Dagpleje Desktop</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log ind med dit brugernavn og din adgangskode.</source>
        <translation>Log in with your username and password.</translation>
    </message>
    <message>
        <source>Demo: brugernavnet er »demo«, og adgangskoden er »demo«.</source>
        <translation>Demo: the username is “demo” and the password is “demo”.</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Glemt adgangskode?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Logger ind</source>
        <translation>Logging in</translation>
    </message>
    <message>
        <source>Logger ind …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <comment>navigation: the homes page</comment>
        <translation>Childminders&apos; homes</translation>
    </message>
    <message>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Udskrifter</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Fravær og gæstepleje</source>
        <translation>Absence and guest care</translation>
    </message>
    <message>
        <source>Visitation</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Logget ind som {name} ({role})</source>
        <translation>Logged in as {name} ({role})</translation>
    </message>
    <message>
        <source>Data: {location}</source>
        <translation>Data: {location}</translation>
    </message>
    <message>
        <source>Demodata – ikke rigtige børn</source>
        <translation>Demo data – not real children</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>+  Ny observation</source>
        <translation>+  New observation</translation>
    </message>
    <message>
        <source>Skriv en ny observation (Ctrl+N)</source>
        <translation>Write a new observation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>Skift bruger</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Lås data, og log ind som en anden bruger</source>
        <translation>Lock the data and log in as another user</translation>
    </message>
    <message>
        <source>Log ud</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Lås data, og vend tilbage til login</source>
        <translation>Lock the data and return to the login</translation>
    </message>
    <message>
        <source>{name} – {count} konflikter venter</source>
        <translation>{name} – {count} conflicts waiting</translation>
    </message>
    <message>
        <source>{name} – 1 konflikt venter</source>
        <translation>{name} – 1 conflict waiting</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Vis møder</source>
        <translation>Show meetings</translation>
    </message>
    <message>
        <source>Kommende og uden referat</source>
        <translation>Upcoming, no minutes</translation>
    </message>
    <message>
        <source>Afholdte</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Alle, også aflyste</source>
        <translation>All, including cancelled</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Åbn mødet</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>Planlæg møde …</source>
        <translation>Plan meeting …</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Alle børn</source>
        <translation>All children</translation>
    </message>
    <message>
        <source>{n} møder</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>1 møde</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source> – {n} mangler referat</source>
        <translation> – {n} missing minutes</translation>
    </message>
    <message>
        <source>Der er ingen kommende møder. Klik »Planlæg møde« for at planlægge et.</source>
        <translation>There are no upcoming meetings. Click “Plan meeting” to plan one.</translation>
    </message>
    <message>
        <source>Der er ingen møder at vise.</source>
        <translation>There are no meetings to show.</translation>
    </message>
</context>
<context>
    <name>MeetingPlanForm</name>
    <message>
        <source>Planlæg møde</source>
        <translation>Plan meeting</translation>
    </message>
    <message>
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <source>Vælg barn, tid og sted. Forældre og barnets faste samarbejdsparter er foreslået som deltagere, og dagsordenen er udfyldt, så den passer til mødetypen.</source>
        <translation>Choose child, time and place. The parents and the child&apos;s regular partners are suggested as participants, and the agenda is filled in to suit the meeting type.</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>&amp;Mødetype</source>
        <translation>&amp;Meeting type</translation>
    </message>
    <message>
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <source>Mødetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>&amp;Barn</source>
        <translation>&amp;Child</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Starttidspunkt</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Sluttidspunkt</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Fx dagplejehjemmet, dagplejekontoret eller familiens hjem</source>
        <translation>E.g. the childminder&apos;s home, the family daycare office or the family&apos;s home</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>sectionTitle</source>
        <translation>sectionTitle</translation>
    </message>
    <message>
        <source>Fjern fluebenet ved dem, der ikke skal inviteres.</source>
        <translation>Untick the people who should not be invited.</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <source>Anden deltagers navn</source>
        <translation>Other participant&apos;s name</translation>
    </message>
    <message>
        <source>Anden deltager</source>
        <translation>Other participant</translation>
    </message>
    <message>
        <source>Anden deltagers rolle</source>
        <translation>Other participant&apos;s role</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Dobbeltklik på et punkt for at rette det.</source>
        <translation>Double-click an item to edit it.</translation>
    </message>
    <message>
        <source>Dobbeltklik på et punkt for at rette teksten</source>
        <translation>Double-click an item to edit the text</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Flyt punktet op</source>
        <translation>Move the item up</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Flyt punktet ned</source>
        <translation>Move the item down</translation>
    </message>
    <message>
        <source>Standarddagsorden</source>
        <translation>Standard agenda</translation>
    </message>
    <message>
        <source>Sæt dagsordenen tilbage til standarden for mødetypen</source>
        <translation>Reset the agenda to the standard for the meeting type</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>‹ Alle møder</source>
        <translation>‹ All meetings</translation>
    </message>
    <message>
        <source>Udskriv dagsorden …</source>
        <translation>Print agenda …</translation>
    </message>
    <message>
        <source>Udskriv referat …</source>
        <translation>Print minutes …</translation>
    </message>
    <message>
        <source>Flyt …</source>
        <translation>Move …</translation>
    </message>
    <message>
        <source>Aflys …</source>
        <translation>Cancel …</translation>
    </message>
    <message>
        <source>1  Forberedelse</source>
        <translation>1  Preparation</translation>
    </message>
    <message>
        <source>2  Afholdelse</source>
        <translation>2  Holding</translation>
    </message>
    <message>
        <source>3  Afslutning</source>
        <translation>3  Conclusion</translation>
    </message>
    <message>
        <source>Mødet kunne ikke vises</source>
        <translation>The meeting could not be shown</translation>
    </message>
    <message>
        <source>Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det.</source>
        <translation>The meeting is not about a particular child, so no action plan is made from it.</translation>
    </message>
    <message>
        <source>Ingen deltagere registreret.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <source>Deltagere: {people}</source>
        <translation>Participants: {people}</translation>
    </message>
    <message>
        <source>Mødet er flyttet til {when}.</source>
        <translation>The meeting has been moved to {when}.</translation>
    </message>
    <message>
        <source>Mødet er aflyst.</source>
        <translation>The meeting has been cancelled.</translation>
    </message>
    <message>
        <source>Gem dagsorden som PDF</source>
        <translation>Save agenda as PDF</translation>
    </message>
    <message>
        <source>Gem referat som PDF</source>
        <translation>Save minutes as PDF</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Mål og handleplaner</source>
        <translation>Goals and action plans</translation>
    </message>
    <message>
        <source>Tilsyn og hjemmebesøg</source>
        <translation>Supervision and home visits</translation>
    </message>
    <message>
        <source>Kunne ikke vise siden</source>
        <translation>Could not show the page</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Mødetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mangler referat</source>
        <translation>Minutes missing</translation>
    </message>
    <message>
        <source>Intet bestemt barn</source>
        <translation>No particular child</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Klokkeslæt</source>
        <translation>Time of day</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Uge {n}</source>
        <translation>Week {n}</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Flyt møde</source>
        <translation>Move meeting</translation>
    </message>
    <message>
        <source>Ny dato</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Flyt mødet</source>
        <translation>Move the meeting</translation>
    </message>
</context>
<context>
    <name>NewGoalsList</name>
    <message>
        <source>Tilføj nyt mål …</source>
        <translation>Add new goal …</translation>
    </message>
    <message>
        <source>Ingen nye mål endnu.</source>
        <translation>No new goals yet.</translation>
    </message>
    <message>
        <source>, måldato {day}</source>
        <translation>, target date {day}</translation>
    </message>
    <message>
        <source>gemmes med referatet</source>
        <translation>saved with the minutes</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Krav til adgangskoden</source>
        <translation>Password requirements</translation>
    </message>
    <message>
        <source>Adgangskoden kan bruges.</source>
        <translation>The password can be used.</translation>
    </message>
    <message>
        <source>Gentag ny adgangskode</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>&amp;Ny adgangskode</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Gentag ny adgangskode</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Mindst 12 tegn, ikke dit brugernavn og ikke en almindelig adgangskode. Flere ord, der ikke hører sammen, er lette at huske.</source>
        <translation>At least 12 characters, not your username and not a common password. Several words that do not belong together are easy to remember.</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>ObservationCard</name>
    <message>
        <source>Bekymring</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>rettet</source>
        <translation>corrected</translation>
    </message>
</context>
<context>
    <name>ObservationFilterBar</name>
    <message>
        <source>Hele perioden</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <source>Seneste måned</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Seneste 3 måneder</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Seneste 6 måneder</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>Seneste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Vælg datoer …</source>
        <translation>Choose dates …</translation>
    </message>
    <message>
        <source>Nulstil filtre</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Filtrér på udviklingsområde</source>
        <translation>Filter by development area</translation>
    </message>
    <message>
        <source>Alle udviklingsområder</source>
        <translation>All development areas</translation>
    </message>
    <message>
        <source>Filtrér på position</source>
        <translation>Filter by position</translation>
    </message>
    <message>
        <source>Alle positioner</source>
        <translation>All positions</translation>
    </message>
    <message>
        <source>Uden position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>Filtrér på mål</source>
        <translation>Filter by goals</translation>
    </message>
    <message>
        <source>Alle mål</source>
        <translation>All goals</translation>
    </message>
    <message>
        <source>Skrevet af – filtrér på hvem der skrev</source>
        <translation>Written by – filter by who wrote it</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Udviklingsområde</source>
        <translation>Development area</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Skrevet af</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fra-datoen ligger efter til-datoen.</source>
        <translation>The from date is after the to date.</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <source>&amp;Barn</source>
        <translation>&amp;Child</translation>
    </message>
    <message>
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Vælg barnet …</source>
        <translation>Choose the child …</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hvad så du? (observation)</source>
        <translation>What did you see? (observation)</translation>
    </message>
    <message>
        <source>Bekymring – jeg er bekymret for barnet</source>
        <translation>Concern – I am concerned about the child</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Fx ved frokosten, på legepladsen, ved aflevering</source>
        <translation>E.g. at lunch, in the playground, at drop-off</translation>
    </message>
    <message>
        <source>Hvad så du? (&amp;Observation)</source>
        <translation>What did you see? (&amp;Observation)</translation>
    </message>
    <message>
        <source>Brug s&amp;kabelon</source>
        <translation>Use t&amp;emplate</translation>
    </message>
    <message>
        <source>Indsætter overskrifterne »Hvad skete der?«, »Hvad gjorde barnet?«, »Hvad tænker jeg?« og »Næste skridt«</source>
        <translation>Inserts the headings “What happened?”, “What did the child do?”, “What do I think?” and “Next step”</translation>
    </message>
    <message>
        <source>Brug skabelon</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>Det du så og hørte. Fortryd med Ctrl+Z, gentag med Ctrl+Shift+Z eller Ctrl+Y.</source>
        <translation>What you saw and heard. Undo with Ctrl+Z, redo with Ctrl+Shift+Z or Ctrl+Y.</translation>
    </message>
    <message>
        <source>Beskriv det, du så og hørte – med barnets egne ord, hvis du kan.</source>
        <translation>Describe what you saw and heard – in the child&apos;s own words if you can.</translation>
    </message>
    <message>
        <source>Bilag (foto eller dokument, højst 10 MB)</source>
        <translation>Attachments (photo or document, at most 10 MB)</translation>
    </message>
    <message>
        <source>Udviklingsområder (vælg gerne flere)</source>
        <translation>Development areas (choose several if you like)</translation>
    </message>
    <message>
        <source>Trivsel (position)</source>
        <translation>Well-being (position)</translation>
    </message>
    <message>
        <source>Bek&amp;ymring – jeg er bekymret for barnet</source>
        <translation>Con&amp;cern – I am concerned about the child</translation>
    </message>
    <message>
        <source>Knyt til barnets mål</source>
        <translation>Link to the child&apos;s goals</translation>
    </message>
    <message>
        <source>Må deles med</source>
        <translation>May be shared with</translation>
    </message>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>S&amp;let …</source>
        <translation>De&amp;lete …</translation>
    </message>
    <message>
        <source>Slet observationen</source>
        <translation>Delete the observation</translation>
    </message>
    <message>
        <source>Gem: Ctrl+S eller Ctrl+Enter · Annuller: Esc</source>
        <translation>Save: Ctrl+S or Ctrl+Enter · Cancel: Esc</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Gem observationen</source>
        <translation>Save the observation</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>ObservationFormDialog</name>
    <message>
        <source>Kladden kunne ikke gemmes: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Du fortsætter fra en kladde, der ikke blev gemt. Tjek teksten, og tryk Gem.</source>
        <translation>You are continuing from a draft that was not saved. Check the text and press Save.</translation>
    </message>
    <message>
        <source>Ny observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>Ret observation</source>
        <translation>Edit observation</translation>
    </message>
    <message>
        <source>Observationen er mere end et døgn gammel. Retter du teksten, gemmes den tidligere ordlyd, og rettelsen kræver en begrundelse.</source>
        <translation>The observation is more than 24 hours old. If you correct the text, the previous wording is kept, and the correction requires a reason.</translation>
    </message>
    <message>
        <source>Begrundelse for rettelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Tidligere ordlyd:</source>
        <translation>Previous wording:</translation>
    </message>
    <message>
        <source>{field} før rettelsen {when} af {who} ({reason}): »{text}«</source>
        <translation>{field} before the correction on {when} by {who} ({reason}): “{text}”</translation>
    </message>
    <message>
        <source>Vælg barnet for at se dets mål.</source>
        <translation>Choose the child to see their goals.</translation>
    </message>
    <message>
        <source>Henter barnets mål …</source>
        <translation>Fetching the child&apos;s goals …</translation>
    </message>
    <message>
        <source>Kladde gemt kl. %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Vælg barnet, observationen handler om.</source>
        <translation>Choose the child the observation is about.</translation>
    </message>
    <message>
        <source>Skriv, hvad du så – teksten er tom.</source>
        <translation>Write what you saw – the text is empty.</translation>
    </message>
    <message>
        <source>Skriv en begrundelse for rettelsen; den tidligere ordlyd gemmes.</source>
        <translation>Enter a reason for the correction; the previous wording is kept.</translation>
    </message>
    <message>
        <source>Tidspunktet ligger i fremtiden.</source>
        <translation>The time is in the future.</translation>
    </message>
    <message>
        <source>Vent et øjeblik: bilagene læses ind.</source>
        <translation>Please wait a moment: the attachments are being read.</translation>
    </message>
</context>
<context>
    <name>ObservationForms</name>
    <message>
        <source>Observationen kan ikke åbnes</source>
        <translation>The observation cannot be opened</translation>
    </message>
    <message>
        <source>Ikke-gemte observationer</source>
        <translation>Unsaved observations</translation>
    </message>
    <message>
        <source>Kladden blev ikke slettet</source>
        <translation>The draft was not deleted</translation>
    </message>
</context>
<context>
    <name>ObservationListModel</name>
    <message>
        <source>Bekymring</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Dobbeltklik eller tryk Enter for at åbne observationen</source>
        <translation>Double-click or press Enter to open the observation</translation>
    </message>
    <message>
        <source>{position} position</source>
        <translation>{position} position</translation>
    </message>
</context>
<context>
    <name>ObservationQuestions</name>
    <message>
        <source>Annuller observationen</source>
        <translation>Cancel the observation</translation>
    </message>
    <message>
        <source>Vil du kassere teksten?</source>
        <translation>Do you want to discard the text?</translation>
    </message>
    <message>
        <source>Det, du har skrevet, er ikke gemt som observation. Beholder du det som kladde, kan du fortsætte senere.</source>
        <translation>What you have written has not been saved as an observation. If you keep it as a draft, you can continue later.</translation>
    </message>
    <message>
        <source>Kassér teksten</source>
        <translation>Discard the text</translation>
    </message>
    <message>
        <source>Behold som kladde</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Fortsæt med at skrive</source>
        <translation>Continue writing</translation>
    </message>
    <message>
        <source>Slet observationen</source>
        <translation>Delete the observation</translation>
    </message>
    <message>
        <source>Slet observationen?</source>
        <translation>Delete the observation?</translation>
    </message>
    <message>
        <source>Den kan ikke gendannes her, men sletningen logges.</source>
        <translation>It cannot be restored here, but the deletion is logged.</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Behold observationen</source>
        <translation>Keep the observation</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <source>Din ikke-gemte tekst er hentet frem.</source>
        <translation>Your unsaved text has been restored.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Fravær, gæstepleje og forløb</source>
        <translation>Absence, guest care and courses</translation>
    </message>
    <message>
        <source>Visitation, fravær og forløb</source>
        <translation>Referrals, absence and courses</translation>
    </message>
    <message>
        <source>Visitationssager</source>
        <translation>Referral cases</translation>
    </message>
    <message>
        <source>Fravær og gæstepleje</source>
        <translation>Absence and guest care</translation>
    </message>
    <message>
        <source>Forløb</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Sletning efter opbevaringsfrist</source>
        <translation>Deletion after the retention period</translation>
    </message>
</context>
<context>
    <name>OtherChildWarning</name>
    <message>
        <source>Brug initialer</source>
        <translation>Use initials</translation>
    </message>
    <message>
        <source>Teksten nævner et andet barn: {names}. Skriv initialer i stedet, så barnet ikke kan genkendes, når papirerne læses af andre.</source>
        <translation>The text mentions another child: {names}. Write initials instead, so that the child cannot be recognised when the papers are read by others.</translation>
    </message>
</context>
<context>
    <name>Oversigt</name>
    <message>
        <source>Ingen observationer endnu</source>
        <translation>No observations yet</translation>
    </message>
    <message>
        <source>Seneste observation i dag</source>
        <translation>Latest observation today</translation>
    </message>
    <message>
        <source>Seneste observation i går</source>
        <translation>Latest observation yesterday</translation>
    </message>
    <message>
        <source>overskredet i går</source>
        <translation>overdue yesterday</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Intet planlagt møde.</source>
        <translation>No meeting planned.</translation>
    </message>
    <message>
        <source>Tilsyn eller besøg</source>
        <translation>Supervision or visit</translation>
    </message>
    <message>
        <source>Intet planlagt besøg.</source>
        <translation>No visit planned.</translation>
    </message>
    <message>
        <source>Seneste observation for {n} dage siden</source>
        <translation>Latest observation {n} days ago</translation>
    </message>
    <message>
        <source>om {n} dage</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <source>Børn der trænger til opmærksomhed</source>
        <translation>Children who need attention</translation>
    </message>
    <message>
        <source>Mål med måldato inden for 30 dage</source>
        <translation>Goals with a target date within 30 days</translation>
    </message>
    <message>
        <source>Overgang til børnehave</source>
        <translation>Transition to kindergarten</translation>
    </message>
    <message>
        <source>Det næste</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Kladder der ikke er gemt</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <source>Tekst du har skrevet, men ikke gemt som observation.</source>
        <translation>Text you have written but not saved as an observation.</translation>
    </message>
    <message>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Tilsyn der skal holdes</source>
        <translation>Supervision visits due</translation>
    </message>
    <message>
        <source>Intet tilsyn registreret</source>
        <translation>No supervision visit recorded</translation>
    </message>
    <message>
        <source>Kom i gang</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Din computer får dine børn fra kontoret med krypterede pakkefiler. Tre trin, så er du klar:</source>
        <translation>Your computer receives your children from the office in encrypted package files. Three steps and you are ready:</translation>
    </message>
    <message>
        <source>Skjul vejledningen</source>
        <translation>Hide the guide</translation>
    </message>
    <message>
        <source>Gå til Synkronisering</source>
        <translation>Go to Sync</translation>
    </message>
    <message>
        <source>Ingen observation i {n} dage</source>
        <translation>No observation for {n} days</translation>
    </message>
    <message>
        <source>overskredet for {n} dage siden</source>
        <translation>overdue by {n} days</translation>
    </message>
    <message>
        <source>Der er ingen børn knyttet til dig lige nu. Alle børn findes under Børn.</source>
        <translation>No children are linked to you at the moment. All children are under Children.</translation>
    </message>
    <message>
        <source>{n} af {total} børn har rød position eller er ikke observeret i over {days} dage.</source>
        <translation>{n} of {total} children have a red position or have not been observed for over {days} days.</translation>
    </message>
    <message>
        <source>Alle {total} børn er observeret inden for {days} dage, og ingen har rød position.</source>
        <translation>All {total} children have been observed within {days} days, and none has a red position.</translation>
    </message>
    <message>
        <source>… og {n} flere. Rød position først, derefter dem der har ventet længst.</source>
        <translation>… and {n} more. Red position first, then those who have waited longest.</translation>
    </message>
    <message>
        <source>Se alle {total} børn under Børn</source>
        <translation>See all {total} children under Children</translation>
    </message>
    <message>
        <source>Ikke indskrevet</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Ingen mål har måldato den næste måned.</source>
        <translation>No goals have a target date in the next month.</translation>
    </message>
    <message>
        <source>… og {n} mål mere med måldato inden for 30 dage. Alle står i Kalender.</source>
        <translation>… and {n} more goals with a target date within 30 days. All are in Calendar.</translation>
    </message>
    <message>
        <source>overgangsbeskrivelsen er ikke skrevet</source>
        <translation>the transition description has not been written</translation>
    </message>
    <message>
        <source>der er intet samtykke til at give den videre</source>
        <translation>there is no consent to pass it on</translation>
    </message>
    <message>
        <source>Intet fravær registreret i dine børns dagplejehjem.</source>
        <translation>No absence recorded in your children&apos;s childminders&apos; homes.</translation>
    </message>
    <message>
        <source>… og {n} fraværsperioder mere. Alle står i Kalender.</source>
        <translation>… and {n} more absence periods. All are in Calendar.</translation>
    </message>
    <message>
        <source>Alle mini-dagplejehjem har haft tilsyn inden for den sidste måned.</source>
        <translation>All mini childminders&apos; homes have had a supervision visit within the last month.</translation>
    </message>
    <message>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Snart</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Alt er klar. Dine børn står under Børn.</source>
        <translation>Everything is ready. Your children are under Children.</translation>
    </message>
    <message>
        <source>Åbn {name}</source>
        <translation>Open {name}</translation>
    </message>
    <message>
        <source>Ingen position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>Mangler: {what}.</source>
        <translation>Missing: {what}.</translation>
    </message>
    <message>
        <source>Gemt {when}</source>
        <translation>Saved {when}</translation>
    </message>
    <message>
        <source>Fortsæt kladden til {name}</source>
        <translation>Continue the draft for {name}</translation>
    </message>
    <message>
        <source>Sidste tilsyn {date} ({n} dage siden)</source>
        <translation>Last supervision visit {date} ({n} days ago)</translation>
    </message>
    <message>
        <source>Udført: </source>
        <translation>Done: </translation>
    </message>
    <message>
        <source>Mangler: </source>
        <translation>To do: </translation>
    </message>
    <message>
        <source>Intet barn valgt</source>
        <translation>No child chosen</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>intet barn</source>
        <translation>no child</translation>
    </message>
    <message>
        <source>Seneste position {date}</source>
        <translation>Latest position {date}</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Del dit enhedskort med kontoret</source>
        <translation>Share your device card with the office</translation>
    </message>
    <message>
        <source>Under Synkronisering: »Del enhedskort …«. Giv filen til kontoret, og læs fingeraftrykket op i telefonen.</source>
        <translation>Under Sync: “Share device card …”. Give the file to the office, and read the fingerprint out on the phone.</translation>
    </message>
    <message>
        <source>Par kontorets kort</source>
        <translation>Pair the office&apos;s card</translation>
    </message>
    <message>
        <source>Under Synkronisering: »Par ny enhed …«, og vælg den kortfil, kontoret gav dig.</source>
        <translation>Under Sync: “Pair new device …”, and choose the card file the office gave you.</translation>
    </message>
    <message>
        <source>Indlæs den første pakke</source>
        <translation>Import the first package</translation>
    </message>
    <message>
        <source>Under Synkronisering: »Indlæs pakke …«. Så kommer dine børn, møder og besøg.</source>
        <translation>Under Sync: “Import package …”. Then your children, meetings and visits arrive.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Børn i din dagpleje</source>
        <translation>Children in your family daycare</translation>
    </message>
    <message>
        <source>Børn du arbejder med</source>
        <translation>Children you work with</translation>
    </message>
    <message>
        <source>Indskrevne børn</source>
        <translation>Enrolled children</translation>
    </message>
    <message>
        <source>God morgen</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <source>Goddag</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <source>God aften</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <source>Henter oversigten …</source>
        <translation>Fetching the overview …</translation>
    </message>
    <message>
        <source>{greeting}, {name}</source>
        <translation>{greeting}, {name}</translation>
    </message>
    <message>
        <source>I dag er det {weekday} den {date}.</source>
        <translation>Today is {weekday} {date}.</translation>
    </message>
    <message>
        <source>Oversigten kunne ikke hentes. </source>
        <translation>The overview could not be fetched. </translation>
    </message>
    <message>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Der er endnu ingen børn registreret.</source>
        <translation>No children have been registered yet.</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>{n} dagplejehjem</source>
        <translation>{n} childminders&apos; homes</translation>
    </message>
    <message>
        <source>{places} pladser, {free} ledige i dag</source>
        <translation>{places} places, {free} free today</translation>
    </message>
    <message>
        <source>Intet planlagt besøg er sendt til din computer. Kontoret har de seneste tilsyn.</source>
        <translation>No planned visit has been sent to your computer. The office has the latest supervision visits.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminders&apos; homes</translation>
    </message>
    <message>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Udskrifter</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Visitation</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Par ny enhed</source>
        <translation>Pair new device</translation>
    </message>
    <message>
        <source>Enhedskortet er fra:</source>
        <translation>The device card is from:</translation>
    </message>
    <message>
        <source>Fingeraftryk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Ring til ejeren af enheden, og bed om at få fingeraftrykket læst op fra siden Synkronisering under »Denne enhed«. Par kun enhederne, hvis alle seks grupper er ens – ellers er kortet ikke det rigtige.</source>
        <translation>Phone the owner of the device and ask them to read out the fingerprint from the Sync page under “This device”. Only pair the devices if all six groups match – otherwise the card is not the right one.</translation>
    </message>
    <message>
        <source>Fingeraftrykket er det samme som det, der blev læst op</source>
        <translation>The fingerprint is the same as the one that was read out</translation>
    </message>
    <message>
        <source>Hvilket dagplejehjem bruger enheden?</source>
        <translation>Which childminder&apos;s home uses the device?</translation>
    </message>
    <message>
        <source>Vælg dagplejehjem …</source>
        <translation>Choose childminder&apos;s home …</translation>
    </message>
    <message>
        <source>Enheden får kun oplysninger om de børn, der er indskrevet i dette dagplejehjem.</source>
        <translation>The device only receives information about the children enrolled in this childminder&apos;s home.</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Par enhed</source>
        <translation>Pair device</translation>
    </message>
    <message>
        <source>Vælg det dagplejehjem, enheden bruges i. Uden et hjem får enheden ingen oplysninger om børn.</source>
        <translation>Choose the childminder&apos;s home where the device is used. Without a home, the device receives no information about children.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{title} – vis udskrift</source>
        <translation>{title} – show printout</translation>
    </message>
    <message>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Gem en kopi som PDF-fil (Ctrl+S)</source>
        <translation>Save a copy as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Vælg printer og udskriv (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Prøv igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Afbryder …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <source>Udskriften bliver lavet …</source>
        <translation>The printout is being made …</translation>
    </message>
    <message>
        <source>Opbygger {what} …</source>
        <translation>Building {what} …</translation>
    </message>
    <message>
        <source>Andre børns navne er erstattet med »[et andet barn]« i udskriften: {names}.</source>
        <translation>Other children&apos;s names have been replaced with “[et andet barn]” (“another child”) in the printout: {names}.</translation>
    </message>
    <message>
        <source>Udskriften kunne ikke vises. Prøv at lave den igen.</source>
        <translation>The printout could not be shown. Try making it again.</translation>
    </message>
    <message>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Gemmer PDF-filen …</source>
        <translation>Saving the PDF file …</translation>
    </message>
    <message>
        <source>Gemt som PDF: {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Udskriver …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <source>Sendt til printeren: {pages} side(r).</source>
        <translation>Sent to the printer: {pages} page(s).</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Gemmer PDF-filen …</source>
        <translation>Saving the PDF file …</translation>
    </message>
    <message>
        <source>Gemt som PDF: {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Udskriften</source>
        <translation>The printout</translation>
    </message>
    <message>
        <source>Formindsk (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Formindsk</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Forstør (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Forstør</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Tilpas bredde</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Hele sidens bredde i vinduet (Ctrl+0)</source>
        <translation>The whole width of the page in the window (Ctrl+0)</translation>
    </message>
    <message>
        <source>Forrige side</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Næste side</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Side {page} af {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PermissionField</name>
    <message>
        <source>Ikke spurgt</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Givet af</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>(fjernet)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Givet den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Tilladelsen til {kind} skal gives af en forælder med forældremyndighed. Tilføj forælderen under »Forældre og værger« først.</source>
        <translation>Permission for {kind} must be given by a parent with custody. Add the parent under “Parents and guardians” first.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Find dagplejehjem og indskriv</source>
        <translation>Find childminder&apos;s home and enrol</translation>
    </message>
    <message>
        <source>{child} tæller for {places} pladser. Hjem med plads fra startdatoen står øverst, dem hvis indretning passer bedst til barnets behov først.</source>
        <translation>{child} counts as {places} places. Homes with a place from the start date are at the top, those whose layout best suits the child&apos;s needs first.</translation>
    </message>
    <message>
        <source>Start i dagplejen</source>
        <translation>Start in family daycare</translation>
    </message>
    <message>
        <source>Mini-dagplejehjem</source>
        <translation>Mini childminder&apos;s home</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Ledige</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Passer til behov</source>
        <translation>Suits needs</translation>
    </message>
    <message>
        <source>Indretning</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Indskriv barnet</source>
        <translation>Enrol the child</translation>
    </message>
    <message>
        <source>{free} af {places}</source>
        <translation>{free} of {places}</translation>
    </message>
    <message>
        <source> – ikke plads</source>
        <translation> – no place</translation>
    </message>
    <message>
        <source>{n} af {total} mini-dagplejehjem har plads til {child} fra startdatoen.</source>
        <translation>{n} of {total} mini childminders&apos; homes have a place for {child} from the start date.</translation>
    </message>
    <message>
        <source>Intet mini-dagplejehjem har plads til {places} pladser fra startdatoen. Vælg en senere startdato, eller tag sagen op på visitationsudvalgets næste møde.</source>
        <translation>No mini childminder&apos;s home has room for {places} places from the start date. Choose a later start date, or raise the case at the referral committee&apos;s next meeting.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Baggrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Barnets situation og baggrunden for planen</source>
        <translation>The child&apos;s situation and the background for the plan</translation>
    </message>
    <message>
        <source>Ressourcer</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Hvad lykkes, hvad virker for barnet?</source>
        <translation>What succeeds, what works for the child?</translation>
    </message>
    <message>
        <source>Udfordringer</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Hvad er svært lige nu?</source>
        <translation>What is difficult right now?</translation>
    </message>
    <message>
        <source>Mål og indsatser i planen</source>
        <translation>Goals and actions in the plan</translation>
    </message>
    <message>
        <source>Sæt flueben ved de mål, der skal med (der anbefales 2-4). Indsatsen (hvad, hvem, hvor ofte) rettes på målet.</source>
        <translation>Tick the goals to include (2–4 are recommended). The action (what, who, how often) is edited on the goal.</translation>
    </message>
    <message>
        <source>Aftaler med forældrene</source>
        <translation>Agreements with the parents</translation>
    </message>
    <message>
        <source>Hvem gør hvad, hvornår?</source>
        <translation>Who does what, and when?</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode til</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Næste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Godkendelse</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Handleplanen gemmes som kladde. Er den allerede underskrevet, så sæt flueben ved dem, der har underskrevet, og godkend den nu.</source>
        <translation>The action plan is saved as a draft. If it has already been signed, tick those who have signed and approve it now.</translation>
    </message>
    <message>
        <source>Godkend handleplanen nu</source>
        <translation>Approve the action plan now</translation>
    </message>
    <message>
        <source>Godkendt den</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Har underskrevet</source>
        <translation>Has signed</translation>
    </message>
    <message>
        <source>Sæt flueben ved dem, der har underskrevet, eller fjern fluebenet ved »Godkend handleplanen nu«.</source>
        <translation>Tick those who have signed, or untick “Approve the action plan now”.</translation>
    </message>
    <message>
        <source>Barnet har ingen mål endnu. Opret mål under »2 Afholdelse« eller »Mål og handleplaner«.</source>
        <translation>The child has no goals yet. Create goals under “2 Holding” or “Goals and action plans”.</translation>
    </message>
    <message>
        <source>Ret mål …</source>
        <translation>Edit goal …</translation>
    </message>
    <message>
        <source>Ret målet {title}</source>
        <translation>Edit the goal {title}</translation>
    </message>
    <message>
        <source>Ret mål, tegn og indsats (hvad, hvem, hvor ofte)</source>
        <translation>Edit goal, signs and action (what, who, how often)</translation>
    </message>
    <message>
        <source>Indsats: ikke udfyldt</source>
        <translation>Action: not filled in</translation>
    </message>
    <message>
        <source>måldato {day}</source>
        <translation>target date {day}</translation>
    </message>
    <message>
        <source>Indsats: {measure}</source>
        <translation>Action: {measure}</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Planlæg møde</source>
        <translation>Plan meeting</translation>
    </message>
    <message>
        <source>Intet bestemt barn</source>
        <translation>No particular child</translation>
    </message>
    <message>
        <source>Skriv navnet på deltageren.</source>
        <translation>Enter the participant&apos;s name.</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Denne version er erstattet af en nyere og gælder ikke længere. Den vises, som den blev godkendt.</source>
        <translation>This version has been replaced by a newer one and no longer applies. It is shown as it was approved.</translation>
    </message>
    <message>
        <source>Næste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Baggrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Ressourcer</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Udfordringer</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Underskrevet af</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Ingen underskrifter registreret</source>
        <translation>No signatures recorded</translation>
    </message>
    <message>
        <source>Ikke udfyldt</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Handleplan, version</source>
        <translation>Action plan, version</translation>
    </message>
    <message>
        <source>Mål og indsatser</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <source>Aftaler med forældrene</source>
        <translation>Agreements with the parents</translation>
    </message>
    <message>
        <source>{who}, {day} ({how})</source>
        <translation>{who}, {day} ({how})</translation>
    </message>
    <message>
        <source>fra {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Råd efter SMTTE</source>
        <translation>Advice following SMTTE</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Tegn på udvikling</source>
        <translation>Signs of development</translation>
    </message>
    <message>
        <source>Tiltag</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>måldato</source>
        <translation>target date</translation>
    </message>
</context>
<context>
    <name>PlanViewDialog</name>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Handleplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <source>Udskriv handleplan …</source>
        <translation>Print action plan …</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gem handleplan som PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
</context>
<context>
    <name>PlannedEndCheck</name>
    <message>
        <source>Senest {day} (højst {weeks} uger efter start)</source>
        <translation>By {day} at the latest (at most {weeks} weeks after the start)</translation>
    </message>
</context>
<context>
    <name>PlannedEndDialog</name>
    <message>
        <source>Ret planlagt afslutning</source>
        <translation>Change planned end</translation>
    </message>
    <message>
        <source>{title}, startet {start}.</source>
        <translation>{title}, started {start}.</translation>
    </message>
    <message>
        <source>Planlagt afslutning</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PositionBadge</name>
    <message>
        <source>Position: {position}</source>
        <translation>Position: {position}</translation>
    </message>
</context>
<context>
    <name>PositionDot</name>
    <message>
        <source>{position} position</source>
        <translation>{position} position</translation>
    </message>
</context>
<context>
    <name>PositionPicker</name>
    <message>
        <source>Trivsel: %1</source>
        <translation>Well-being: %1</translation>
    </message>
</context>
<context>
    <name>PreparationView</name>
    <message>
        <source>Byg forberedelse</source>
        <translation>Build preparation</translation>
    </message>
    <message>
        <source>Samler alt siden sidste statusmøde: observationer pr. mål og udviklingsområde, trivsel, vurderinger, åbne opfølgninger og mål, der forfalder.</source>
        <translation>Gathers everything since the last status meeting: observations per goal and development area, well-being, assessments, open follow-ups and goals that are due.</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Dine noter til mødet</source>
        <translation>Your notes for the meeting</translation>
    </message>
    <message>
        <source>Skriv dine noter her, fx en statusbeskrivelse og spørgsmål til forældrene.</source>
        <translation>Write your notes here, e.g. a status description and questions for the parents.</translation>
    </message>
    <message>
        <source>Indsæt forslag</source>
        <translation>Insert suggestion</translation>
    </message>
    <message>
        <source>Indsæt et udkast bygget ud fra forberedelsen</source>
        <translation>Insert a draft built from the preparation</translation>
    </message>
    <message>
        <source>Gem noter</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Klik »Byg forberedelse« for at samle alt siden sidste statusmøde.</source>
        <translation>Click “Build preparation” to gather everything since the last status meeting.</translation>
    </message>
    <message>
        <source>Samtykke trukket tilbage eller udløbet – de står ikke på dagsorden, referat eller invitationer:</source>
        <translation>Consent withdrawn or expired – they are not on the agenda, minutes or invitations:</translation>
    </message>
    <message>
        <source>Samler forberedelsen …</source>
        <translation>Gathering the preparation …</translation>
    </message>
    <message>
        <source>Forberedelsen er bygget ud fra data på denne computer ({n} observationer).</source>
        <translation>The preparation is built from the data on this computer ({n} observations).</translation>
    </message>
    <message>
        <source>Noterne er gemt.</source>
        <translation>The notes have been saved.</translation>
    </message>
    <message>
        <source>Uden udviklingsområde</source>
        <translation>No development area</translation>
    </message>
    <message>
        <source>Der har ikke været et statusmøde før; alt fra barnets start er med</source>
        <translation>There has been no status meeting before; everything since the child started is included</translation>
    </message>
    <message>
        <source>Åbne opfølgninger</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Mål med måldato nu eller inden for en måned</source>
        <translation>Goals with a target date now or within a month</translation>
    </message>
    <message>
        <source>Observationer pr. mål</source>
        <translation>Observations per goal</translation>
    </message>
    <message>
        <source>Observationer pr. udviklingsområde</source>
        <translation>Observations per development area</translation>
    </message>
    <message>
        <source>Trivsel i perioden</source>
        <translation>Well-being in the period</translation>
    </message>
    <message>
        <source>Udviklingsvurderinger</source>
        <translation>Development assessments</translation>
    </message>
    <message>
        <source>Siden statusmødet {day}</source>
        <translation>Since the status meeting on {day}</translation>
    </message>
    <message>
        <source>Aftaler fra sidst</source>
        <translation>Agreements from last time</translation>
    </message>
    <message>
        <source>Ingen åbne opfølgninger.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <source>Ingen mål forfalder.</source>
        <translation>No goals are due.</translation>
    </message>
    <message>
        <source>Barnet har ingen åbne mål.</source>
        <translation>The child has no open goals.</translation>
    </message>
    <message>
        <source>Ingen observationer i perioden.</source>
        <translation>No observations in the period.</translation>
    </message>
    <message>
        <source>Ingen trivselsvurderinger i perioden.</source>
        <translation>No well-being assessments in the period.</translation>
    </message>
    <message>
        <source>Ingen udviklingsvurderinger i perioden.</source>
        <translation>No development assessments in the period.</translation>
    </message>
    <message>
        <source>måldato</source>
        <translation>target date</translation>
    </message>
    <message>
        <source>Ingen observationer knyttet til målet i perioden.</source>
        <translation>No observations linked to the goal in the period.</translation>
    </message>
    <message>
        <source>{n} observationer i perioden.</source>
        <translation>{n} observations in the period.</translation>
    </message>
    <message>
        <source>{n} observationer</source>
        <translation>{n} observations</translation>
    </message>
    <message>
        <source>senest</source>
        <translation>at the latest</translation>
    </message>
    <message>
        <source>svarer til {m} måneder</source>
        <translation>equals {m} months</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Tilsynsrapport</source>
        <translation>Supervision report</translation>
    </message>
    <message>
        <source>Overleveringspakke</source>
        <translation>Handover package</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Leaflet</translation>
    </message>
    <message>
        <source>Barnets mappe</source>
        <translation>The child&apos;s record</translation>
    </message>
    <message>
        <source>Taskeseddel</source>
        <translation>Bag note</translation>
    </message>
    <message>
        <source>Statusbeskrivelse</source>
        <translation>Status description</translation>
    </message>
    <message>
        <source>TOPI-ark</source>
        <translation>TOPI sheet</translation>
    </message>
    <message>
        <source>Samtykkeerklæring</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Tilbagekaldelse af samtykke</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Invitation til møde</source>
        <translation>Meeting invitation</translation>
    </message>
    <message>
        <source>Tjekliste til tilsyn</source>
        <translation>Supervision checklist</translation>
    </message>
    <message>
        <source>Overgangsbeskrivelse</source>
        <translation>Transition description</translation>
    </message>
    <message>
        <source>Forløbspapir</source>
        <translation>Course papers</translation>
    </message>
    <message>
        <source>Brev om gæstepleje</source>
        <translation>Guest care letter</translation>
    </message>
    <message>
        <source>Brev om afgørelse</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>Tilsyn i en måned</source>
        <translation>Supervision for a month</translation>
    </message>
    <message>
        <source>Handleplanen med baggrund, mål, indsatser og aftaler med forældrene – med linjer til underskrift.</source>
        <translation>The action plan with background, goals, actions and agreements with the parents – with lines for signatures.</translation>
    </message>
    <message>
        <source>Dagsorden til mødet med forberedelsen: opfølgning på aftaler, mål der skal evalueres, og hvad der er sket siden sidst.</source>
        <translation>Agenda for the meeting with the preparation: follow-up on agreements, goals to be evaluated and what has happened since last time.</translation>
    </message>
    <message>
        <source>Referat af mødet: hvem der var med, beslutninger og aftaler om opfølgning.</source>
        <translation>Minutes of the meeting: who took part, decisions and agreements on follow-up.</translation>
    </message>
    <message>
        <source>Rapport fra tilsynet eller hjemmebesøget med noter og aftaler om opfølgning.</source>
        <translation>Report from the supervision or home visit with notes and agreements on follow-up.</translation>
    </message>
    <message>
        <source>Pakken til barnets næste institution. Den kan kun laves, når der er et gyldigt samtykke til overlevering til modtageren, og den registreres som videregivet.</source>
        <translation>The package for the child&apos;s next institution. It can only be made when there is a valid consent to hand over to the recipient, and it is recorded as passed on.</translation>
    </message>
    <message>
        <source>Informationsfolderen om Mini-dagplejen til forældre: A4 på tværs, foldet i tre.</source>
        <translation>The information leaflet about the mini family daycare for parents: A4 landscape, folded in three.</translation>
    </message>
    <message>
        <source>Alt om barnet samlet med indholdsfortegnelse, fx til arkivet eller når forældrene beder om indsigt.</source>
        <translation>Everything about the child gathered with a table of contents, e.g. for the archive or when the parents ask for access.</translation>
    </message>
    <message>
        <source>Et ark, der følger barnet i gæstepleje: rutiner, behov, allergier, medicin og hvem man ringer til.</source>
        <translation>A sheet that follows the child into guest care: routines, needs, allergies, medication and whom to call.</translation>
    </message>
    <message>
        <source>Sendes cirka en uge før det næste statusmøde: mål og evaluering, observationer siden sidste statusmøde efter udviklingsområde, trivsel og bemærkninger fra mini-dagplejer og konsulent.</source>
        <translation>Sent about a week before the next status meeting: goals and evaluation, observations since the last status meeting by development area, well-being and remarks from the mini childminder and the consultant.</translation>
    </message>
    <message>
        <source>Barnets trivselspositioner: individuelle og fælles vurderinger med handlingen for hver position.</source>
        <translation>The child&apos;s well-being positions: individual and joint assessments with the action for each position.</translation>
    </message>
    <message>
        <source>Samtykket til underskrift af forælderen med forældremyndighed, med de oplysninger det omfatter.</source>
        <translation>The consent for signature by the parent with custody, with the information it covers.</translation>
    </message>
    <message>
        <source>Blanket til at trække samtykket tilbage, helt eller delvist.</source>
        <translation>Form for withdrawing the consent, in full or in part.</translation>
    </message>
    <message>
        <source>Brev til forældrene med invitation til et planlagt møde: hvornår, hvor, hvem og dagsorden, med »Kopi til«.</source>
        <translation>Letter to the parents inviting them to a planned meeting: when, where, who and agenda, with “Copy to”.</translation>
    </message>
    <message>
        <source>Tjekliste til tilsyn i barnets dagplejehjem: sikkerhed, hygiejne, søvn, læreplanstemaer og trivsel. Et planlagt tilsyn udskrives som »Planlagt«.</source>
        <translation>Checklist for a supervision visit to the child&apos;s childminder&apos;s home: safety, hygiene, sleep, curriculum themes and well-being. A planned supervision visit is printed as “Planned”.</translation>
    </message>
    <message>
        <source>Beskrivelsen til børnehaven: styrker, leg, relationer, det der virker, hjælpemidler og anbefalinger. Uden modtager til forældrene og teamet; med børnehaven som modtager kun under et samtykke, og kun de afsnit, samtykket omfatter.</source>
        <translation>The description for the kindergarten: strengths, play, relationships, what works, aids and recommendations. Without a recipient, for the parents and the team; with the kindergarten as recipient only under a consent, and only the sections the consent covers.</translation>
    </message>
    <message>
        <source>Papirerne til et forløb: hjemmepædagogforløbets aftale, mål og afslutning, vejledningsforløbets timer og aftale, eller caféens noter (kun under samtykke).</source>
        <translation>The papers for a course: the home-based support course&apos;s agreement, goals and conclusion, the guidance course&apos;s hours and agreement, or the café&apos;s notes (only under consent).</translation>
    </message>
    <message>
        <source>Brev til forældrene om gæstepleje: hvor, hvornår og hos hvem, med »Kopi til«.</source>
        <translation>Letter to the parents about guest care: where, when and with whom, with “Copy to”.</translation>
    </message>
    <message>
        <source>Brev til forældrene om visitationsudvalgets afgørelse, med »Kopi til«.</source>
        <translation>Letter to the parents about the referral committee&apos;s decision, with “Copy to”.</translation>
    </message>
    <message>
        <source>Tilsyn pr. mini-dagplejehjem i en måned: afholdte og planlagte besøg, og hjem uden tilsyn.</source>
        <translation>Supervision per mini-childminder&apos;s home for a month: visits held and planned, and homes without supervision.</translation>
    </message>
    <message>
        <source>Udskriften kunne ikke læses, så den blev ikke sendt til printeren. Prøv at lave den igen.</source>
        <translation>The printout could not be read, so it was not sent to the printer. Try making it again.</translation>
    </message>
    <message>
        <source>De valgte sider findes ikke i dokumentet.</source>
        <translation>The selected pages do not exist in the document.</translation>
    </message>
    <message>
        <source>Printeren kunne ikke startes. Se efter, om den er tændt og forbundet, og prøv igen.</source>
        <translation>The printer could not be started. Check that it is switched on and connected, and try again.</translation>
    </message>
    <message>
        <source>Sendt til printeren</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <source>Udskrivningen blev afbrudt.</source>
        <translation>Printing was stopped.</translation>
    </message>
    <message>
        <source>Sender side {n} af {total} til printeren</source>
        <translation>Sending page {n} of {total} to the printer</translation>
    </message>
</context>
<context>
    <name>PrintsPage</name>
    <message>
        <source>Udskrifter</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <source>Vælg et dokument og hvem det handler om. Du ser udskriften, før du gemmer den som PDF eller udskriver den.</source>
        <translation>Choose a document and who it is about. You see the printout before you save it as a PDF or print it.</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Fx forældrenes anmodning om indsigt (kan udelades)</source>
        <translation>E.g. the parents&apos; request for access (can be left out)</translation>
    </message>
    <message>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Tom: forældrene og teamet</source>
        <translation>Empty: the parents and the team</translation>
    </message>
    <message>
        <source>Tom: til forældrene og teamet. Ellers modtageren, som den står på samtykket.</source>
        <translation>Empty: for the parents and the team. Otherwise the recipient, as written on the consent.</translation>
    </message>
    <message>
        <source>Vis udskrift</source>
        <translation>Show printout</translation>
    </message>
    <message>
        <source>Ret tekster …</source>
        <translation>Edit texts …</translation>
    </message>
    <message>
        <source>Ingen børn endnu</source>
        <translation>No children yet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Gæstepleje</source>
        <translation>Guest care</translation>
    </message>
    <message>
        <source>Indstilling</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Forløb</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Lav overleveringspakke …</source>
        <translation>Make handover package …</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <source>Ingen handleplaner</source>
        <translation>No action plans</translation>
    </message>
    <message>
        <source>Ingen besøg</source>
        <translation>No visits</translation>
    </message>
    <message>
        <source>Ingen samtykker</source>
        <translation>No consents</translation>
    </message>
    <message>
        <source>Ingen afholdte møder</source>
        <translation>No meetings held</translation>
    </message>
    <message>
        <source>Ingen gæstepleje</source>
        <translation>No guest care</translation>
    </message>
    <message>
        <source>Ingen afgørelser</source>
        <translation>No decisions</translation>
    </message>
    <message>
        <source>Ingen forløb</source>
        <translation>No courses</translation>
    </message>
    <message>
        <source>Ingen møder</source>
        <translation>No meetings</translation>
    </message>
    <message>
        <source>Barnet har ingen handleplan endnu. Den laves ved et statusmøde under Møder.</source>
        <translation>The child has no action plan yet. It is made at a status meeting under Meetings.</translation>
    </message>
    <message>
        <source>Der er ikke registreret tilsyn eller hjemmebesøg for barnet eller dets dagplejehjem.</source>
        <translation>No supervision visits or home visits are recorded for the child or their childminder&apos;s home.</translation>
    </message>
    <message>
        <source>Referatet kan udskrives, når et møde er afholdt.</source>
        <translation>The minutes can be printed once a meeting has been held.</translation>
    </message>
    <message>
        <source>Der er ikke registreret samtykker for barnet. Samtykker registreres nedenfor.</source>
        <translation>No consents are recorded for the child. Consents are recorded below.</translation>
    </message>
    <message>
        <source>Der er ikke registreret tilsyn for barnets dagplejehjem.</source>
        <translation>No supervision visits are recorded for the child&apos;s childminder&apos;s home.</translation>
    </message>
    <message>
        <source>Barnet har ingen gæstepleje. Den registreres under Visitation.</source>
        <translation>The child has no guest care. It is recorded under Referrals.</translation>
    </message>
    <message>
        <source>Visitationsudvalget har ikke truffet afgørelse om barnet endnu.</source>
        <translation>The referral committee has not made a decision about the child yet.</translation>
    </message>
    <message>
        <source>Barnet har ingen forløb. Forløb registreres under Visitation.</source>
        <translation>The child has no courses. Courses are recorded under Referrals.</translation>
    </message>
    <message>
        <source>Barnet har ingen møder. Møder planlægges under Møder.</source>
        <translation>The child has no meetings. Meetings are planned under Meetings.</translation>
    </message>
    <message>
        <source>Folder om Mini-dagplejen</source>
        <translation>Leaflet about the mini family daycare</translation>
    </message>
    <message>
        <source>til {recipient}</source>
        <translation>for {recipient}</translation>
    </message>
    <message>
        <source>Folderens tekster er gemt. Vis udskrift for at se folderen med dem.</source>
        <translation>The leaflet texts have been saved. Show the printout to see the leaflet with them.</translation>
    </message>
    <message>
        <source>Version {version} – {status}</source>
        <translation>Version {version} – {status}</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>{start} – {end} hos {home}</source>
        <translation>{start} – {end} at {home}</translation>
    </message>
    <message>
        <source>gæstepleje {start}</source>
        <translation>guest care {start}</translation>
    </message>
    <message>
        <source>{status} – udvalgsmøde {day}</source>
        <translation>{status} – committee meeting {day}</translation>
    </message>
    <message>
        <source>afgørelse {day}</source>
        <translation>decision {day}</translation>
    </message>
    <message>
        <source>fra {day}</source>
        <translation>from {day}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Gendannelsesnøgle – Dagpleje Desktop</source>
        <translation>Recovery key – Dagpleje Desktop</translation>
    </message>
    <message>
        <source>Kopieret. Skriv den også ned på papir.</source>
        <translation>Copied. Write it down on paper as well.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <source>Din gendannelsesnøgle</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <source>Skriv nøglen ned, og gem papiret et sikkert sted, fx i et aflåst skab. Nøglen vises kun denne ene gang. Du skal bruge den, hvis du glemmer din adgangskode; uden den kan ingen åbne dataene.</source>
        <translation>Write the key down and keep the paper somewhere safe, e.g. in a locked cupboard. The key is shown only this once. You will need it if you forget your password; without it nobody can open the data.</translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopiér nøglen til udklipsholderen</source>
        <translation>Copy the key to the clipboard</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>Jeg har skrevet nøglen ned</source>
        <translation>I have written the key down</translation>
    </message>
    <message>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Registrér afgørelse …</source>
        <translation>Record decision …</translation>
    </message>
    <message>
        <source>Efter bevillingen</source>
        <translation>After approval</translation>
    </message>
    <message>
        <source>Revisitation …</source>
        <translation>Re-assessment …</translation>
    </message>
    <message>
        <source>Registrér revisitation</source>
        <translation>Record re-assessment</translation>
    </message>
    <message>
        <source>Planlæg …</source>
        <translation>Plan …</translation>
    </message>
    <message>
        <source>Planlæg hjemmebesøg</source>
        <translation>Plan home visit</translation>
    </message>
    <message>
        <source>Find hjem …</source>
        <translation>Find home …</translation>
    </message>
    <message>
        <source>Find hjem og indskriv</source>
        <translation>Find home and enrol</translation>
    </message>
    <message>
        <source>Planlæg opstartsmøde</source>
        <translation>Plan start-up meeting</translation>
    </message>
    <message>
        <source>Vælg en indstilling</source>
        <translation>Choose a referral</translation>
    </message>
    <message>
        <source>Vælg en indstilling på listerne for at se den og registrere afgørelsen og de næste skridt.</source>
        <translation>Choose a referral in the lists to see it and record the decision and the next steps.</translation>
    </message>
    <message>
        <source>Begrundelse: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Udvalgets notat: {note}</source>
        <translation>The committee&apos;s note: {note}</translation>
    </message>
    <message>
        <source>Sæt på mødet {day}</source>
        <translation>Put on the meeting {day}</translation>
    </message>
    <message>
        <source>Sæt indstillingen på visitationsudvalgets møde den valgte dag</source>
        <translation>Put the referral on the referral committee&apos;s meeting on the chosen day</translation>
    </message>
    <message>
        <source> {day}</source>
        <translation> {day}</translation>
    </message>
    <message>
        <source>indstillet af {who} {day}</source>
        <translation>referred by {who} {day}</translation>
    </message>
    <message>
        <source>ønsker {n} pladser</source>
        <translation>requests {n} places</translation>
    </message>
    <message>
        <source>CPR {cpr}</source>
        <translation>CPR {cpr}</translation>
    </message>
    <message>
        <source>{n} bilag</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <source>Bevilget {n} pladser</source>
        <translation>Granted {n} places</translation>
    </message>
    <message>
        <source>, revisitation {day}</source>
        <translation>, re-assessment {day}</translation>
    </message>
    <message>
        <source>Hjemmebesøg {when}</source>
        <translation>Home visit {when}</translation>
    </message>
    <message>
        <source>Hjemmebesøg hos familien</source>
        <translation>Home visit to the family</translation>
    </message>
    <message>
        <source>Indskrevet hos {home} fra {day}</source>
        <translation>Enrolled at {home} from {day}</translation>
    </message>
    <message>
        <source>Mini-dagplejehjem med plads</source>
        <translation>Mini childminder&apos;s home with a place</translation>
    </message>
    <message>
        <source>Opstartsmøde {when}</source>
        <translation>Start-up meeting {when}</translation>
    </message>
    <message>
        <source>Opstartsmøde hos mini-dagplejeren</source>
        <translation>Start-up meeting at the mini childminder&apos;s</translation>
    </message>
    <message>
        <source>Konsulenternes besøg hos familien for at afklare barnets pædagogiske behov</source>
        <translation>The consultants&apos; visit to the family to clarify the child&apos;s educational needs</translation>
    </message>
    <message>
        <source>Et mini-dagplejehjem med plads og en indretning, der passer til barnets behov</source>
        <translation>A mini childminder&apos;s home with a place and a layout that suits the child&apos;s needs</translation>
    </message>
    <message>
        <source>Med forældrene, mini-dagplejeren og samarbejdsparterne</source>
        <translation>With the parents, the mini childminder and the partners</translation>
    </message>
    <message>
        <source>Indskriv barnet først: mødet holdes hos mini-dagplejeren.</source>
        <translation>Enrol the child first: the meeting is held at the mini childminder&apos;s.</translation>
    </message>
    <message>
        <source>{child} er sat på udvalgsmødet {day}.</source>
        <translation>{child} has been put on the committee meeting {day}.</translation>
    </message>
    <message>
        <source>Afgørelsen er gemt: {status}.</source>
        <translation>The decision has been saved: {status}.</translation>
    </message>
    <message>
        <source>Hjemmebesøget er planlagt {when}.</source>
        <translation>The home visit is planned for {when}.</translation>
    </message>
    <message>
        <source>{child} er indskrevet hos {home} fra {day}.</source>
        <translation>{child} is enrolled at {home} from {day}.</translation>
    </message>
    <message>
        <source>Opstartsmødet er planlagt {when}. Det står også under Møder.</source>
        <translation>The start-up meeting is planned for {when}. It is also listed under Meetings.</translation>
    </message>
</context>
<context>
    <name>ReferralsTableModel</name>
    <message>
        <source>{n} ønsket</source>
        <translation>{n} requested</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Indstillet af</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Pladser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>{n} bevilget</source>
        <translation>{n} granted</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Til visitationsudvalget</source>
        <translation>For the referral committee</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Pladser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Indstillet af</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Vis indstillinger</source>
        <translation>Show referrals</translation>
    </message>
    <message>
        <source>Åbne og bevilgede</source>
        <translation>Open and granted</translation>
    </message>
    <message>
        <source>Alle, også afslåede</source>
        <translation>All, including refused</translation>
    </message>
    <message>
        <source>Alle indstillinger</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <source>Ledige pladser i mini-dagplejehjem</source>
        <translation>Free places in mini childminders&apos; homes</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Optaget</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Ledige</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Ledige pladser</source>
        <translation>Free places</translation>
    </message>
    <message>
        <source>Udvalgsmøde</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <source>Udvalgsmødets dato</source>
        <translation>Date of the committee meeting</translation>
    </message>
    <message>
        <source>Ny indstilling …</source>
        <translation>New referral …</translation>
    </message>
    <message>
        <source>Revisitation ({day})</source>
        <translation>Re-assessment ({day})</translation>
    </message>
    <message>
        <source>Ny indstilling</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Mødet {day}: {new}, {again}. {free} i mini-dagplejehjemmene.</source>
        <translation>The meeting {day}: {new}, {again}. {free} in the mini childminders&apos; homes.</translation>
    </message>
    <message>
        <source>1 indstilling</source>
        <translation>1 referral</translation>
    </message>
    <message>
        <source>{n} indstillinger</source>
        <translation>{n} referrals</translation>
    </message>
    <message>
        <source>1 revisitation</source>
        <translation>1 re-assessment</translation>
    </message>
    <message>
        <source>{n} revisitationer</source>
        <translation>{n} re-assessments</translation>
    </message>
    <message>
        <source>1 ledig plads</source>
        <translation>1 free place</translation>
    </message>
    <message>
        <source>{n} ledige pladser</source>
        <translation>{n} free places</translation>
    </message>
    <message>
        <source>Indstillingen for {child} er registreret.</source>
        <translation>The referral for {child} has been recorded.</translation>
    </message>
</context>
<context>
    <name>RegisterReferralDialog</name>
    <message>
        <source>Ny indstilling</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Indstillingen kommer på visitationsudvalgets liste, når du vælger et møde. Barnet står som indstillet, indtil det bliver indskrevet.</source>
        <translation>The referral goes on the referral committee&apos;s list when you choose a meeting. The child is listed as referred until enrolled.</translation>
    </message>
    <message>
        <source>Registrér indstillingen</source>
        <translation>Record the referral</translation>
    </message>
    <message>
        <source>Indstillingen</source>
        <translation>The referral</translation>
    </message>
    <message>
        <source>Indstillet af</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>fx Hanne Ravn, Sundhedsplejen</source>
        <translation>e.g. Hanne Ravn, Health visitors</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hvorfor indstilles barnet? Hvad har barnet brug for i hverdagen?</source>
        <translation>Why is the child being referred? What does the child need in everyday life?</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source> pladser</source>
        <translation> places</translation>
    </message>
    <message>
        <source>Ønskede pladser</source>
        <translation>Places requested</translation>
    </message>
    <message>
        <source>Sæt på udvalgsmødet</source>
        <translation>Put on the committee meeting</translation>
    </message>
    <message>
        <source>Visitation</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Nyt barn</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>Barn, der allerede er oprettet</source>
        <translation>Child already registered</translation>
    </message>
    <message>
        <source>DDMMÅÅ-XXXX (kan udfyldes senere)</source>
        <translation>DDMMYY-XXXX (can be filled in later)</translation>
    </message>
    <message>
        <source>Kendt</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>fx lav smitterisiko, sondemad, kørestol</source>
        <translation>e.g. low risk of infection, tube feeding, wheelchair</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Særlige behov</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Vælg barn</source>
        <translation>Choose child</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Tilføj fil …</source>
        <translation>Add file …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Vælg bilag</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <source>Dokumenter og billeder (*.pdf *.png *.jpg *.jpeg *.txt *.doc *.docx);;Alle filer (*)</source>
        <translation>Documents and images (*.pdf *.png *.jpg *.jpeg *.txt *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Vælg barnet, der indstilles.</source>
        <translation>Choose the child being referred.</translation>
    </message>
    <message>
        <source>Skriv barnets fornavn.</source>
        <translation>Enter the child&apos;s first name.</translation>
    </message>
</context>
<context>
    <name>RemoveGuardianDialog</name>
    <message>
        <source>Fjern {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>{name} fjernes fra barnets forældre og kontakter. Samtykker, {name} har givet, bevares med deres historik.</source>
        <translation>{name} is removed from the child&apos;s parents and contacts. Consents that {name} has given are kept with their history.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Sletning efter opbevaringsfrist</source>
        <translation>Deletion after the retention period</translation>
    </message>
    <message>
        <source>Slet …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ja, slet</source>
        <translation>Yes, delete</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Regler: </source>
        <translation>Rules: </translation>
    </message>
    <message>
        <source>Slet {what} …</source>
        <translation>Delete {what} …</translation>
    </message>
    <message>
        <source>Slet {what}, der har passeret opbevaringsfristen? Det kan ikke fortrydes. Slettede børn slettes også på de andre enheder med de næste pakker.</source>
        <translation>Delete {what} past the retention period? This cannot be undone. Deleted children are also deleted on the other devices with the next packages.</translation>
    </message>
</context>
<context>
    <name>RoleSettingsCard</name>
    <message>
        <source>Rolle på denne computer</source>
        <translation>Role on this computer</translation>
    </message>
    <message>
        <source>Valgte du en forkert rolle, da programmet blev sat op? Ret den her, før computeren parres med kontoret. Bagefter kan rollen ikke ændres.</source>
        <translation>Did you choose the wrong role when the program was set up? Correct it here before the computer is paired with the office. After that, the role cannot be changed.</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ret rollen</source>
        <translation>Correct the role</translation>
    </message>
    <message>
        <source>Rollen er rettet til {role}. Log ud og ind igen, så programmet viser skærmene for den rolle, og del derefter dit enhedskort med kontoret.</source>
        <translation>The role has been corrected to {role}. Log out and in again so that the program shows the screens for that role, and then share your device card with the office.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Der skete en uventet fejl, og handlingen blev ikke gennemført. Prøv igen; sker det igen, så kontakt support.</source>
        <translation>An unexpected error occurred, and the action was not completed. Try again; if it happens again, contact support.</translation>
    </message>
    <message>
        <source>Fejlkode til support: %1</source>
        <translation>Error code for support: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Søg i observationer</source>
        <translation>Search observations</translation>
    </message>
    <message>
        <source>Søg i alle dine børns observationer (Ctrl+Shift+F). Tryk Enter for at søge.</source>
        <translation>Search all your children&apos;s observations (Ctrl+Shift+F). Press Enter to search.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Søgning i observationer</source>
        <translation>Observation search</translation>
    </message>
    <message>
        <source>← Tilbage til børnelisten</source>
        <translation>← Back to the list of children</translation>
    </message>
    <message>
        <source>Tilbage til børnelisten</source>
        <translation>Back to the list of children</translation>
    </message>
    <message>
        <source>Fundne observationer</source>
        <translation>Observations found</translation>
    </message>
    <message>
        <source>Skriv et eller flere ord i søgefeltet.</source>
        <translation>Type one or more words in the search box.</translation>
    </message>
    <message>
        <source>Søger efter »{query}« …</source>
        <translation>Searching for “{query}” …</translation>
    </message>
    <message>
        <source>Ingen observationer indeholder »{query}«. Prøv et andet ord eller begyndelsen af ordet.</source>
        <translation>No observations contain “{query}”. Try another word or the beginning of the word.</translation>
    </message>
    <message>
        <source>1 observation indeholder »{query}«.</source>
        <translation>1 observation contains “{query}”.</translation>
    </message>
    <message>
        <source>{n} observationer indeholder »{query}«.</source>
        <translation>{n} observations contain “{query}”.</translation>
    </message>
    <message>
        <source>Dobbeltklik eller tryk Enter for at åbne barnet ved observationen.</source>
        <translation>Double-click or press Enter to open the child at the observation.</translation>
    </message>
    <message>
        <source>Søgningen kunne ikke gennemføres. </source>
        <translation>The search could not be completed. </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Tilføj session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Timebudget: {budget}.</source>
        <translation>Hour budget: {budget}.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Klokken</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source> timer</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gem sessionen</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>Der er kun {left} timer tilbage af forløbets {budget}.</source>
        <translation>There are only {left} hours left of the course&apos;s {budget}.</translation>
    </message>
    <message>
        <source>Efter denne session er der {left} timer tilbage.</source>
        <translation>After this session there are {left} hours left.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Oplysningerne her bruges i programmet og på udskrifter.</source>
        <translation>The information here is used in the program and on printouts.</translation>
    </message>
    <message>
        <source>Data og bruger</source>
        <translation>Data and user</translation>
    </message>
    <message>
        <source>Data ligger i</source>
        <translation>Data is stored in</translation>
    </message>
    <message>
        <source>Logget ind som</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installationen</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisationens oplysninger kunne ikke hentes.</source>
        <translation>The organisation&apos;s details could not be fetched.</translation>
    </message>
    <message>
        <source>Organisationens kontaktoplysninger</source>
        <translation>The organisation&apos;s contact details</translation>
    </message>
    <message>
        <source>Demoinstallation med opdigtede data: de tre demobrugere deler den, hvad en rigtig installation ikke må; en mini-dagplejer har sin egen computer.</source>
        <translation>Demo installation with fictitious data: the three demo users share it, which a real installation must not do; a mini-childminder has their own computer.</translation>
    </message>
    <message>
        <source>Rummer kun dit eget hjems børn, hentet ved synkronisering fra kontoret.</source>
        <translation>Holds only the children in your own home, fetched from the office by sync.</translation>
    </message>
    <message>
        <source>Rummer alle hjem. Mini-dagplejere kan ikke have en konto her; de bruger deres egen computer, som får deres hjems data ved synkronisering.</source>
        <translation>Holds all homes. Mini-childminders cannot have an account here; they use their own computer, which gets their home&apos;s data by sync.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Du passer et eller to børn i dit eget hjem.</source>
        <translation>You look after one or two children in your own home.</translation>
    </message>
    <message>
        <source>Du fører tilsyn, holder statusmøder og skriver handleplaner.</source>
        <translation>You carry out supervision, hold status meetings and write action plans.</translation>
    </message>
    <message>
        <source>Du står for visitation, indskrivning og pladser.</source>
        <translation>You are in charge of referrals, enrolment and places.</translation>
    </message>
    <message>
        <source>Ny installation – Dagpleje Desktop</source>
        <translation>New installation – Dagpleje Desktop</translation>
    </message>
    <message>
        <source>Vælg din rolle …</source>
        <translation>Choose your role …</translation>
    </message>
    <message>
        <source>Vælg den rolle, du har. Den afgør, hvad denne computer modtager fra kontoret.</source>
        <translation>Choose the role you have. It decides what this computer receives from the office.</translation>
    </message>
    <message>
        <source>Vælg din rolle øverst: mini-dagplejer, mini-dagplejekonsulent eller dagplejekontor.</source>
        <translation>Choose your role at the top: mini childminder, mini family daycare consultant or daycare office.</translation>
    </message>
    <message>
        <source>Skriv dit fulde navn.</source>
        <translation>Enter your full name.</translation>
    </message>
    <message>
        <source>Vælg et brugernavn, fx dit fornavn.</source>
        <translation>Choose a username, e.g. your first name.</translation>
    </message>
    <message>
        <source>Brugernavnet må ikke indeholde mellemrum.</source>
        <translation>The username must not contain spaces.</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Velkommen til Dagpleje Desktop</source>
        <translation>Welcome to Dagpleje Desktop</translation>
    </message>
    <message>
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <source>Der er endnu ingen data på denne computer. Opret dig selv som den første bruger. Dataene krypteres med en nøgle, som kun din adgangskode (og en gendannelsesnøgle) kan åbne.</source>
        <translation>There is no data on this computer yet. Create yourself as the first user. The data is encrypted with a key that only your password (and a recovery key) can open.</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <source>Fulde &amp;navn</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Fulde navn</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Fx Hanne Sørensen</source>
        <translation>E.g. Hanne Sørensen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Fx hanne</source>
        <translation>E.g. hanne</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Mindst 12 tegn, ikke brugernavnet</source>
        <translation>At least 12 characters, not the username</translation>
    </message>
    <message>
        <source>&amp;Gentag adgangskode</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Gentag adgangskode</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Opretter</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Opretter den krypterede database …</source>
        <translation>Creating the encrypted database …</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Afslut uden at oprette</source>
        <translation>Quit without creating</translation>
    </message>
    <message>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Opret installationen</source>
        <translation>Create the installation</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>SharingPicker</name>
    <message>
        <source>Deling: %1</source>
        <translation>Sharing: %1</translation>
    </message>
</context>
<context>
    <name>SharingWarning</name>
    <message>
        <source>Samtykke: nogle af deltagerne får ikke mødets papirer tilsendt.</source>
        <translation>Consent: some of the participants will not be sent the meeting&apos;s papers.</translation>
    </message>
</context>
<context>
    <name>SignatureList</name>
    <message>
        <source>Ingen at underskrive.</source>
        <translation>No one to sign.</translation>
    </message>
    <message>
        <source>(navn mangler)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <source>{who}: {how} {day}</source>
        <translation>{who}: {how} {day}</translation>
    </message>
    <message>
        <source>{who} har underskrevet</source>
        <translation>{who} has signed</translation>
    </message>
    <message>
        <source>Sådan underskrev {who}</source>
        <translation>How {who} signed</translation>
    </message>
    <message>
        <source>Underskrevet den</source>
        <translation>Signed on</translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <source>Planlæg opstartsmøde</source>
        <translation>Plan start-up meeting</translation>
    </message>
    <message>
        <source>Mødet holdes hos {home} med forældrene, mini-dagplejeren, konsulenten og barnets samarbejdsparter; de inviteres automatisk.</source>
        <translation>The meeting is held at {home} with the parents, the mini childminder, the consultant and the child&apos;s partners; they are invited automatically.</translation>
    </message>
    <message>
        <source>mini-dagplejeren</source>
        <translation>the mini childminder</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hjemmets adresse, hvis feltet er tomt</source>
        <translation>The home&apos;s address if the field is empty</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Planlæg mødet</source>
        <translation>Plan the meeting</translation>
    </message>
</context>
<context>
    <name>SyncDevicesModel</name>
    <message>
        <source>Enhed og ejer</source>
        <translation>Device and owner</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Fingeraftryk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Sidste pakke
ind</source>
        <translation>Last package
in</translation>
    </message>
    <message>
        <source>Sidste pakke
ud</source>
        <translation>Last package
out</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Endnu ingen</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Spærret</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Parret</source>
        <translation>Paired</translation>
    </message>
    <message>
        <source>kl. {time}</source>
        <translation>at {time}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Computerne udveksler data med krypterede pakkefiler på USB-nøgle eller sikker e-mail. En pakke kan kun åbnes af den enhed, den er lavet til.</source>
        <translation>The computers exchange data with encrypted package files on a USB stick or by secure email. A package can only be opened by the device it was made for.</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Parrede enheder</source>
        <translation>Paired devices</translation>
    </message>
    <message>
        <source>Ingen enheder er parret endnu. Få den anden enheds kort (en .dgcard-fil), og vælg »Par ny enhed …«.</source>
        <translation>No devices have been paired yet. Get the other device&apos;s card (a .dgcard file) and choose “Pair new device …”.</translation>
    </message>
    <message>
        <source>Par ny enhed …</source>
        <translation>Pair new device …</translation>
    </message>
    <message>
        <source>Lav pakke til …</source>
        <translation>Make package for …</translation>
    </message>
    <message>
        <source>Lav en pakke med dine ændringer til den valgte enhed</source>
        <translation>Make a package with your changes for the selected device</translation>
    </message>
    <message>
        <source>Spær enhed</source>
        <translation>Block device</translation>
    </message>
    <message>
        <source>En mistet eller udskiftet computer: dens pakker afvises fra nu af</source>
        <translation>A lost or replaced computer: its packages are refused from now on</translation>
    </message>
    <message>
        <source>Konflikter ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>Lav pakke til {device} …</source>
        <translation>Make package for {device} …</translation>
    </message>
    <message>
        <source>Gem enhedskort</source>
        <translation>Save device card</translation>
    </message>
    <message>
        <source>Enhedskort (*.dgcard)</source>
        <translation>Device cards (*.dgcard)</translation>
    </message>
    <message>
        <source>Enhedskortet er gemt som {path}. Giv det til den anden enhed, fx på USB-nøgle, og læs fingeraftrykket op, når I parrer.</source>
        <translation>The device card has been saved as {path}. Give it to the other device, e.g. on a USB stick, and read out the fingerprint when you pair.</translation>
    </message>
    <message>
        <source>Vælg den anden enheds kort</source>
        <translation>Choose the other device&apos;s card</translation>
    </message>
    <message>
        <source>Enhedskort (*.dgcard);;Alle filer (*)</source>
        <translation>Device cards (*.dgcard);;All files (*)</translation>
    </message>
    <message>
        <source> Den bruges i {home}.</source>
        <translation> It is used in {home}.</translation>
    </message>
    <message>
        <source>{device} er parret. Nu kan I sende pakker til hinanden.</source>
        <translation>{device} is paired. You can now send packages to each other.</translation>
    </message>
    <message>
        <source>Vil du spærre {device}?</source>
        <translation>Do you want to block {device}?</translation>
    </message>
    <message>
        <source>Pakker fra enheden afvises fra nu af, og der kan ikke laves pakker til den. Det kan ikke fortrydes: en fundet computer skal installeres forfra og parres igen.</source>
        <translation>Packages from the device are refused from now on, and no packages can be made for it. This cannot be undone: a computer that turns up again must be reinstalled and paired again.</translation>
    </message>
    <message>
        <source>Spær enheden</source>
        <translation>Block the device</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{device} er spærret. Dens pakker afvises fra nu af.</source>
        <translation>{device} is blocked. Its packages are refused from now on.</translation>
    </message>
    <message>
        <source>Pakken kunne ikke laves</source>
        <translation>The package could not be made</translation>
    </message>
    <message>
        <source>»{a}« og »{b}« er noteret som to forskellige børn. Begge beholdes.</source>
        <translation>“{a}” and “{b}” have been noted as two different children. Both are kept.</translation>
    </message>
    <message>
        <source>Registreringerne er lagt sammen: alt om barnet er nu samlet hos »{keep}«. Sammenlægningen sendes med de næste pakker.</source>
        <translation>The registrations have been merged: everything about the child is now gathered under “{keep}”. The merge is sent with the next packages.</translation>
    </message>
    <message>
        <source>Konflikten blev ikke løst</source>
        <translation>The conflict was not resolved</translation>
    </message>
    <message>
        <source>Del enhedskort …</source>
        <translation>Share device card …</translation>
    </message>
    <message>
        <source>Gem denne enheds kort som en fil, som den anden enhed kan parre med</source>
        <translation>Save this device&apos;s card as a file that the other device can pair with</translation>
    </message>
    <message>
        <source>1 ændring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <source>Intet nyt – din computer havde det hele i forvejen</source>
        <translation>Nothing new – your computer already had everything</translation>
    </message>
    <message>
        <source>Ingen nye ændringer</source>
        <translation>No new changes</translation>
    </message>
    <message>
        <source>{count} ændringer</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <source>{size} byte</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>1 konflikt</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>{count} konflikter</source>
        <translation>{count} conflicts</translation>
    </message>
    <message>
        <source>Denne enhed</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Fingeraftryk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Når en anden enhed parrer med dit enhedskort, læser du fingeraftrykket op i telefonen, så I kan se, at kortet er det rigtige.</source>
        <translation>When another device pairs with your device card, you read out the fingerprint over the phone, so you can both see that the card is the right one.</translation>
    </message>
    <message>
        <source>Konflikterne står nederst på siden. Vælg, hvilken værdi der skal gælde.</source>
        <translation>The conflicts are at the bottom of the page. Choose which value should apply.</translation>
    </message>
    <message>
        <source>{count} nye</source>
        <translation>{count} new</translation>
    </message>
    <message>
        <source>{count} ændrede</source>
        <translation>{count} changed</translation>
    </message>
    <message>
        <source>{count} slettede</source>
        <translation>{count} deleted</translation>
    </message>
    <message>
        <source>{count} poster er slettet helt efter et ønske om sletning (GDPR).</source>
        <translation>{count} records have been erased completely following a request for erasure (GDPR).</translation>
    </message>
    <message>
        <source>{count} poster om børn, der ikke længere hører til denne enhed, er fjernet herfra.</source>
        <translation>{count} records about children who no longer belong to this device have been removed from here.</translation>
    </message>
    <message>
        <source>{count} ændringer er holdt tilbage.</source>
        <translation>{count} changes have been held back.</translation>
    </message>
    <message>
        <source>Pakken fra {sender} er indlæst</source>
        <translation>The package from {sender} has been imported</translation>
    </message>
    <message>
        <source>Gemt som {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Giv filen til {device} på USB-nøgle eller med sikker e-mail. Den kan kun åbnes på den enhed.</source>
        <translation>Give the file to {device} on a USB stick or by secure email. It can only be opened on that device.</translation>
    </message>
    <message>
        <source>Pakken til {device} er gemt</source>
        <translation>The package for {device} has been saved</translation>
    </message>
    <message>
        <source>{role} · ejer: {owner}</source>
        <translation>{role} · owner: {owner}</translation>
    </message>
    <message>
        <source>{operations}, {size}</source>
        <translation>{operations}, {size}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Observationer, nyeste først</source>
        <translation>Observations, newest first</translation>
    </message>
    <message>
        <source>Henter observationer …</source>
        <translation>Fetching observations …</translation>
    </message>
    <message>
        <source>Observationerne kunne ikke hentes.</source>
        <translation>The observations could not be fetched.</translation>
    </message>
    <message>
        <source>Ikke alle observationer kunne hentes: </source>
        <translation>Not all observations could be fetched: </translation>
    </message>
    <message>
        <source>Ingen observationer passer på filtrene.</source>
        <translation>No observations match the filters.</translation>
    </message>
    <message>
        <source>Der er endnu ingen observationer.</source>
        <translation>There are no observations yet.</translation>
    </message>
    <message>
        <source>1 observation passer på filtrene</source>
        <translation>1 observation matches the filters</translation>
    </message>
    <message>
        <source>{n} observationer passer på filtrene</source>
        <translation>{n} observations match the filters</translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation>1 observation</translation>
    </message>
    <message>
        <source>{n} observationer</source>
        <translation>{n} observations</translation>
    </message>
</context>
<context>
    <name>TransferCard</name>
    <message>
        <source>Pakker</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Indlæs pakke …</source>
        <translation>Import package …</translation>
    </message>
    <message>
        <source>Vælg en pakkefil fra en anden enhed</source>
        <translation>Choose a package file from another device</translation>
    </message>
    <message>
        <source>… eller træk pakkefilen (.dgsync) hen på denne side. Pakker til andre enheder laver du under Parrede enheder.</source>
        <translation>… or drag the package file (.dgsync) onto this page. You make packages for other devices under Paired devices.</translation>
    </message>
    <message>
        <source>Annullerer …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Gem pakke til {device}</source>
        <translation>Save package for {device}</translation>
    </message>
    <message>
        <source>Synkroniseringspakker (*.dgsync)</source>
        <translation>Sync packages (*.dgsync)</translation>
    </message>
    <message>
        <source>Laver pakken til {device} …</source>
        <translation>Making the package for {device} …</translation>
    </message>
    <message>
        <source>Pakken blev ikke lavet</source>
        <translation>The package was not made</translation>
    </message>
    <message>
        <source>Pakken kunne ikke laves</source>
        <translation>The package could not be made</translation>
    </message>
    <message>
        <source>Vælg pakkefil</source>
        <translation>Choose package file</translation>
    </message>
    <message>
        <source>Synkroniseringspakker (*.dgsync);;Alle filer (*)</source>
        <translation>Sync packages (*.dgsync);;All files (*)</translation>
    </message>
    <message>
        <source>Vent et øjeblik</source>
        <translation>Please wait a moment</translation>
    </message>
    <message>
        <source>En anden pakke er ved at blive behandlet. Prøv igen, når den er færdig.</source>
        <translation>Another package is being processed. Try again when it has finished.</translation>
    </message>
    <message>
        <source>Indlæser {file} …</source>
        <translation>Importing {file} …</translation>
    </message>
    <message>
        <source>Pakken var allerede indlæst – intet at gøre</source>
        <translation>The package had already been imported – nothing to do</translation>
    </message>
    <message>
        <source>Alt i pakken er allerede på denne computer. Du behøver ikke gøre mere.</source>
        <translation>Everything in the package is already on this computer. You do not need to do anything more.</translation>
    </message>
    <message>
        <source>Pakken blev ikke indlæst</source>
        <translation>The package was not imported</translation>
    </message>
    <message>
        <source>Mange sletninger</source>
        <translation>Many deletions</translation>
    </message>
    <message>
        <source>Det sker fx, når børn er flyttet til et andet dagplejehjem. Er du i tvivl, så spørg afsenderen, før du indlæser pakken.</source>
        <translation>This happens, for example, when children have moved to another childminder&apos;s home. If in doubt, ask the sender before you import the package.</translation>
    </message>
    <message>
        <source>Indlæs og slet</source>
        <translation>Import and delete</translation>
    </message>
    <message>
        <source>Indlæs ikke</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Intet er ændret. Du kan indlæse pakken senere.</source>
        <translation>Nothing has been changed. You can import the package later.</translation>
    </message>
</context>
<context>
    <name>TransitionEditorDialog</name>
    <message>
        <source>Overgangsbeskrivelse – {name}</source>
        <translation>Transition description – {name}</translation>
    </message>
    <message>
        <source>Overgangsbeskrivelse til børnehaven</source>
        <translation>Transition description for the kindergarten</translation>
    </message>
    <message>
        <source>Henter beskrivelsen …</source>
        <translation>Fetching the description …</translation>
    </message>
    <message>
        <source>Planlagt børnehavestart</source>
        <translation>Planned kindergarten start</translation>
    </message>
    <message>
        <source>Børnehave</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Planlagt &amp;børnehavestart</source>
        <translation>&amp;Planned kindergarten start</translation>
    </message>
    <message>
        <source>Børne&amp;have</source>
        <translation>&amp;Kindergarten</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kan gives videre til børnehaven under samtykke {reference}; kun de afsnit, samtykket omfatter, kommer med.</source>
        <translation>Can be passed on to the kindergarten under consent {reference}; only the sections the consent covers are included.</translation>
    </message>
    <message>
        <source>Der er intet gyldigt samtykke til at give beskrivelsen videre til børnehaven. Den kan skrives nu og udskrives til forældrene og teamet.</source>
        <translation>There is no valid consent to pass the description on to the kindergarten. It can be written now and printed for the parents and the team.</translation>
    </message>
    <message>
        <source>(Samtykkekategori: {category})</source>
        <translation>(Consent category: {category})</translation>
    </message>
    <message>
        <source>Ikke skrevet endnu.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>Brug forslaget</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <source>Brug forslaget til {section}</source>
        <translation>Use the suggestion for {section}</translation>
    </message>
    <message>
        <source>Forslag fra journalen findes.</source>
        <translation>A suggestion from the record is available.</translation>
    </message>
    <message>
        <source>Version {version}, skrevet af {who} {when}.</source>
        <translation>Version {version}, written by {who} {when}.</translation>
    </message>
    <message>
        <source>{n} tidligere version(er) gemt.</source>
        <translation>{n} earlier version(s) saved.</translation>
    </message>
    <message>
        <source>Intet er ændret.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Beskrivelsen kunne ikke hentes: {reason}</source>
        <translation>The description could not be fetched: {reason}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Låst – %1</source>
        <translation>Locked – %1</translation>
    </message>
    <message>
        <source>Programmet er låst</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <source>Det blev låst efter %1 minutter uden brug.</source>
        <translation>It was locked after %1 minutes without use.</translation>
    </message>
    <message>
        <source>Det blev låst.</source>
        <translation>It was locked.</translation>
    </message>
    <message>
        <source>Det, du var i gang med, er ikke lukket – det kommer frem igen, når du låser op.</source>
        <translation>What you were working on has not been closed – it will reappear when you unlock.</translation>
    </message>
    <message>
        <source>&amp;Adgangskode for %1 (%2)</source>
        <translation>&amp;Password for %1 (%2)</translation>
    </message>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Luk programmet</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Luk programmet (gemmer kladder)</source>
        <translation>Close the program (saves drafts)</translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <source>Lås &amp;op</source>
        <translation>Unl&amp;ock</translation>
    </message>
    <message>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>UnsentGuard</name>
    <message>
        <source>Ændringer er ikke sendt</source>
        <translation>Changes have not been sent</translation>
    </message>
    <message>
        <source>De er gemt på computeren og bliver ikke væk. Kontoret får dem først, når du laver en pakke til kontoret under Synkronisering og giver den til kontoret.</source>
        <translation>They are saved on the computer and will not be lost. The office only gets them when you make a package for the office under Sync and give it to the office.</translation>
    </message>
    <message>
        <source>Luk alligevel</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Gå til Synkronisering</source>
        <translation>Go to Sync</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Registrér besøg</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>Vælg dagplejehjem</source>
        <translation>Choose childminder&apos;s home</translation>
    </message>
    <message>
        <source>Vælg barn</source>
        <translation>Choose child</translation>
    </message>
    <message>
        <source>Dine ikke-gemte noter er hentet frem.</source>
        <translation>Your unsaved notes have been restored.</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Registrér tilsyn</source>
        <translation>Record supervision visit</translation>
    </message>
    <message>
        <source>Registrér hjemmebesøg</source>
        <translation>Record home visit</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Registrér tilsyn</source>
        <translation>Record supervision visit</translation>
    </message>
    <message>
        <source>pageTitle</source>
        <translation>pageTitle</translation>
    </message>
    <message>
        <source>&amp;Tilsyn i et dagplejehjem</source>
        <translation>&amp;Supervision visit to a childminder&apos;s home</translation>
    </message>
    <message>
        <source>&amp;Hjemmebesøg hos en familie</source>
        <translation>&amp;Home visit to a family</translation>
    </message>
    <message>
        <source>&amp;Dagplejehjem</source>
        <translation>&amp;Childminder&apos;s home</translation>
    </message>
    <message>
        <source>fieldLabel</source>
        <translation>fieldLabel</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Barnets familie</source>
        <translation>The child&apos;s family</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Klokkeslæt</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Et tidspunkt frem i tiden gemmes som et planlagt besøg.</source>
        <translation>A time in the future is saved as a planned visit.</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>hint</translation>
    </message>
    <message>
        <source>&amp;Noter</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Noter fra besøget</source>
        <translation>Notes from the visit</translation>
    </message>
    <message>
        <source>Hvad blev set og drøftet? Fx rutiner, indretning, børnenes trivsel, sikkerhed</source>
        <translation>What was seen and discussed? E.g. routines, layout, the children&apos;s well-being, safety</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>sectionTitle</source>
        <translation>sectionTitle</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem besøg</source>
        <translation>Save visit</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Kontoret har de seneste tilsyn. Her ser du de besøg i dit hjem – planlagte og holdte – som kontoret har sendt til din computer med sine pakker. Konsulentens egne noter bliver på kontoret.</source>
        <translation>The office has the latest supervision visits. Here you see the visits to your home – planned and held – that the office has sent to your computer with its packages. The consultant&apos;s own notes stay at the office.</translation>
    </message>
    <message>
        <source>Tilsyn – mindst én gang om måneden</source>
        <translation>Supervision – at least once a month</translation>
    </message>
    <message>
        <source>Registrér tilsyn …</source>
        <translation>Record supervision visit …</translation>
    </message>
    <message>
        <source>Registrér hjemmebesøg …</source>
        <translation>Record home visit …</translation>
    </message>
    <message>
        <source>Hvert mini-dagplejehjem skal have tilsyn mindst én gang om måneden. Rød: mere end {days} dage siden sidste tilsyn. Gul: tilsynet forfalder snart.</source>
        <translation>Every mini childminder&apos;s home must have a supervision visit at least once a month. Red: more than {days} days since the last visit. Yellow: the visit is due soon.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dagplejehjem</source>
        <translation>Childminder&apos;s home</translation>
    </message>
    <message>
        <source>Seneste tilsyn</source>
        <translation>Last supervision visit</translation>
    </message>
    <message>
        <source>Dage siden</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Tilsyn pr. dagplejehjem</source>
        <translation>Supervision per childminder&apos;s home</translation>
    </message>
    <message>
        <source>Besøg i dit hjem</source>
        <translation>Visits to your home</translation>
    </message>
    <message>
        <source>Seneste besøg</source>
        <translation>Latest visits</translation>
    </message>
    <message>
        <source>Udskriv besøgsrapport …</source>
        <translation>Print visit report …</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Konsulent</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Forfalder snart</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>I orden</source>
        <translation>In order</translation>
    </message>
    <message>
        <source>Tilsyn er overskredet i {n} dagplejehjem: {names}.</source>
        <translation>Supervision is overdue in {n} childminders&apos; homes: {names}.</translation>
    </message>
    <message>
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>{home} (aldrig besøgt)</source>
        <translation>{home} (never visited)</translation>
    </message>
    <message>
        <source>{home} ({days} dage siden)</source>
        <translation>{home} ({days} days ago)</translation>
    </message>
    <message>
        <source>Familien til {name}</source>
        <translation>The family of {name}</translation>
    </message>
    <message>
        <source>1 åben</source>
        <translation>1 open</translation>
    </message>
    <message>
        <source>{n} åbne</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <source>Alle udført</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Holdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Ikke oplyst</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>{kind} registreret {when}.</source>
        <translation>{kind} recorded {when}.</translation>
    </message>
    <message>
        <source>Gem besøgsrapport som PDF</source>
        <translation>Save visit report as PDF</translation>
    </message>
</context>
<context>
    <name>WellbeingAssessmentDialog</name>
    <message>
        <source>Tilføj trivselsvurdering</source>
        <translation>Add well-being assessment</translation>
    </message>
    <message>
        <source>En fælles vurdering skal have en kommentar. Beskriv situationen – ikke barnet.</source>
        <translation>A joint assessment must have a comment. Describe the situation – not the child.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Vælg en position: grøn, gul eller rød.</source>
        <translation>Choose a position: green, yellow or red.</translation>
    </message>
</context>
<context>
    <name>WellbeingStrip</name>
    <message>
        <source>Trivsel over tid</source>
        <translation>Well-being over time</translation>
    </message>
    <message>
        <source>Ingen vurderinger endnu</source>
        <translation>No assessments yet</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>, {name}</source>
        <translation>, {name}</translation>
    </message>
    <message>
        <source>Ingen vurderinger endnu.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <source>{n} positioner fra {start} til {end}. {summary}. Seneste: {latest}.</source>
        <translation>{n} positions from {start} to {end}. {summary}. Latest: {latest}.</translation>
    </message>
    <message>
        <source>Valgt: {words}. Brug pilene for at gå til andre positioner.</source>
        <translation>Selected: {words}. Use the arrow keys to go to other positions.</translation>
    </message>
</context>
<context>
    <name>WellbeingTab</name>
    <message>
        <source>Tilføj vurdering</source>
        <translation>Add assessment</translation>
    </message>
    <message>
        <source>Trivsel over tid</source>
        <translation>Well-being over time</translation>
    </message>
    <message>
        <source>Grøn, gul og rød position fra vurderinger og observationer. Først individuelle vurderinger, så en fælles vurdering med en kommentar.</source>
        <translation>Green, yellow and red position from assessments and observations. First individual assessments, then a joint assessment with a comment.</translation>
    </message>
    <message>
        <source>Tab til båndet, og brug pilene for at læse hver position.</source>
        <translation>Tab to the strip and use the arrow keys to read each position.</translation>
    </message>
    <message>
        <source>grøn: ensfarvet   gul: skrå streger   rød: krydsskravering   ▲ fælles vurdering   △ individuel vurdering   farve uden mærke: position fra en observation   grå: ingen vurdering</source>
        <translation>green: solid   yellow: diagonal lines   red: cross-hatching   ▲ joint assessment   △ individual assessment   colour without a mark: position from an observation   grey: no assessment</translation>
    </message>
    <message>
        <source>Seneste fælles vurdering</source>
        <translation>Latest joint assessment</translation>
    </message>
    <message>
        <source>Der er endnu ingen fælles vurdering.</source>
        <translation>There is no joint assessment yet.</translation>
    </message>
    <message>
        <source>{date}, vurderet af {name}</source>
        <translation>{date}, assessed by {name}</translation>
    </message>
    <message>
        <source>Vurderinger</source>
        <translation>Assessments</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>kl.</source>
        <translation>at</translation>
    </message>
</context>
<context>
    <name>_AssessmentDialog</name>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>_MeetingDialog</name>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Sikkerhedskopier ({pattern});;Alle filer (*)</source>
        <translation>Backups ({pattern});;All files (*)</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopi</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Gendan og log ud</source>
        <translation>Restore and log out</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
