<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActorDialog</name>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Modifiche</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>Soggetto: {name}</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuovo soggetto</translation>
    </message>
    <message>
        <source>{kind} (closed)</source>
        <translation>{kind} (non più attivo)</translation>
    </message>
    <message>
        <source>&amp;History ({count})</source>
        <translation>&amp;Storico ({count})</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Contact {number}: the name is required.</source>
        <translation>Contatto {number}: il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>Contact {number}: {message}</source>
        <translation>Contatto {number}: {message}</translation>
    </message>
    <message>
        <source>Actor not found</source>
        <translation>Soggetto non trovato</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Soggetto</translation>
    </message>
    <message>
        <source>This actor is archived: it is kept for the history but no longer listed among the active ones.</source>
        <translation>Questo soggetto è archiviato: è conservato per lo storico ma non compare più tra quelli attivi.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identificazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Choose a type</source>
        <translation>Scegli una tipologia</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma giuridica</translation>
    </message>
    <message>
        <source>e.g. APS, ODV, social cooperative</source>
        <translation>es. APS, ODV, cooperativa sociale</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>11 digits for organisations, 16 characters for persons; empty only for foreign actors</source>
        <translation>11 cifre per enti e società, 16 caratteri per le persone; vuoto solo per i soggetti esteri</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Rappresentante legale</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Sede legale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>e.g. FI</source>
        <translation>es. FI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Two-letter ISO code: IT for Italy, SN for Senegal…</source>
        <translation>Codice ISO di due lettere: IT per l&apos;Italia, SN per il Senegal…</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Certified e-mail (posta elettronica certificata)</source>
        <translation>Posta elettronica certificata</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Contact persons</source>
        <translation>&amp;Contatti</translation>
    </message>
    <message>
        <source>People to contact at this actor. Double-click a cell to change it.</source>
        <translation>Le persone da contattare presso il soggetto. Fai doppio clic su una cella per modificarla.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a contact person</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Aggiungi contatto</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Rimuovi contatto</translation>
    </message>
    <message>
        <source>&amp;Governance bodies</source>
        <translation>&amp;Organismi</translation>
    </message>
    <message>
        <source>Tick the bodies this actor sits in; the role (e.g. coordinator) is optional.</source>
        <translation>Spunta gli organismi di cui il soggetto fa parte; il ruolo (es. coordinatore) è facoltativo.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Call / protocol</source>
        <translation>Bando / protocollo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ActorFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <source>An .xlsx sheet with one actor per row, such as the template. Nothing is saved before the last step.</source>
        <translation>Un foglio .xlsx con un soggetto per riga, come il modello. Nulla viene salvato prima dell&apos;ultimo passaggio.</translation>
    </message>
    <message>
        <source>Path of the .xlsx file</source>
        <translation>Percorso del file .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Import actors from Excel</source>
        <translation>Importa soggetti da Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Controllo di {name}…</translation>
    </message>
</context>
<context>
    <name>ActorImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>The rows are saved in one go: if you cancel, nothing is saved.</source>
        <translation>Le righe sono salvate tutte insieme: se annulli, non viene salvato nulla.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
</context>
<context>
    <name>ActorImportResultPage</name>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Che cosa ha fatto l&apos;importazione.</translation>
    </message>
</context>
<context>
    <name>ActorImportWizard</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
    <message>
        <source>Import actors from Excel</source>
        <translation>Importa soggetti da Excel</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nessun soggetto importato: %n riga contiene errori. Correggila nel file e importalo di nuovo.</numerusform>
            <numerusform>Nessun soggetto importato: %n righe contengono errori. Correggile nel file e importalo di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) imported.</source>
        <translation>
            <numerusform>%n soggetto importato.</numerusform>
            <numerusform>%n soggetti importati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicato saltato.</numerusform>
            <numerusform>%n duplicati saltati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>%n riga con errori esclusa.</numerusform>
            <numerusform>%n righe con errori escluse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorMergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>{actor} (archived)</source>
        <translation>{actor} (archiviato)</translation>
    </message>
    <message>
        <source>(choose the duplicate)</source>
        <translation>(scegli il duplicato)</translation>
    </message>
    <message>
        <source>«{name}» (no. {id})</source>
        <translation>«{name}» (n. {id})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Organismi</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Resta</translation>
    </message>
    <message>
        <source>Merged into the other</source>
        <translation>Viene unito all&apos;altro</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Unisci duplicati</translation>
    </message>
    <message>
        <source>«{duplicate}» will be merged into «{survivor}»: its applications, partnerships, contact persons, letters and memberships move to «{survivor}», and «{duplicate}» is archived. This cannot be undone. Merge?</source>
        <translation>«{duplicate}» sarà unito a «{survivor}»: domande, partenariati, contatti, lettere e appartenenze passano a «{survivor}» e «{duplicate}» viene archiviato. L&apos;operazione non si può annullare. Unire?</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Soggetti uniti</translation>
    </message>
    <message>
        <source>«{duplicate}» was merged into «{survivor}». Moved: {moved}.</source>
        <translation>«{duplicate}» è stato unito a «{survivor}». Spostati: {moved}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>Merge duplicate actors</source>
        <translation>Unisci soggetti duplicati</translation>
    </message>
    <message>
        <source>Compare the two records and choose the one that stays. The applications, partnerships, contact persons, letters and memberships of the other move to it; the other is archived as merged.</source>
        <translation>Confronta le due schede e scegli quella che resta. Domande, partenariati, contatti, lettere e appartenenze dell&apos;altra passano a questa; l&apos;altra viene archiviata come unita.</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Cerca il duplicato</translation>
    </message>
    <message>
        <source>Search by name, tax code or municipality…</source>
        <translation>Cerca per denominazione, codice fiscale o comune…</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation>Scheda che resta</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Viene unito</translation>
    </message>
    <message>
        <source>Rows in colour differ between the two records. Only the links move: the fields of the record that stays are kept as they are.</source>
        <translation>Le righe colorate sono diverse nelle due schede. Si spostano solo i collegamenti: i dati della scheda che resta non cambiano.</translation>
    </message>
</context>
<context>
    <name>ActorOptionsPage</name>
    <message>
        <source>Choose how to import</source>
        <translation>Scegli come importare</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Import.</source>
        <translation>Nulla viene salvato finché non fai clic su Importa.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;Tutto o niente: importa solo se tutte le righe sono corrette</translation>
    </message>
    <message>
        <source>Import &amp;only the valid rows and leave out those with errors</source>
        <translation>Importa s&amp;olo le righe valide ed escludi quelle con errori</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: with this choice nothing will be imported. Correct the file and import it again, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>%n riga contiene errori: con questa scelta non sarà importato nulla. Correggi il file e importalo di nuovo, oppure scegli di importare solo le righe valide.</numerusform>
            <numerusform>%n righe contengono errori: con questa scelta non sarà importato nulla. Correggi il file e importalo di nuovo, oppure scegli di importare solo le righe valide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) will be imported.</source>
        <translation>
            <numerusform>Sarà importato %n soggetto.</numerusform>
            <numerusform>Saranno importati %n soggetti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%n duplicato sarà saltato.</numerusform>
            <numerusform>%n duplicati saranno saltati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Controllo delle righe</translation>
    </message>
    <message>
        <source>Every row was checked with the rules of the actor&apos;s record. Nothing is saved yet.</source>
        <translation>Ogni riga è stata controllata con le regole della scheda del soggetto. Non è ancora stato salvato nulla.</translation>
    </message>
    <message>
        <source>Sheet «{sheet}», headers on row {row}.</source>
        <translation>Foglio «{sheet}», intestazioni alla riga {row}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n riga letta</numerusform>
            <numerusform>%n righe lette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n da importare</numerusform>
            <numerusform>%n da importare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n con errori</numerusform>
            <numerusform>%n con errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered or repeated (skipped)</source>
        <translation>
            <numerusform>%n già registrata o ripetuta (saltata)</numerusform>
            <numerusform>%n già registrate o ripetute (saltate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>Colonne ignorate: {columns}</translation>
    </message>
    <message>
        <source>There is no new valid row to import.</source>
        <translation>Non ci sono nuove righe valide da importare.</translation>
    </message>
    <message>
        <source>Rows with errors and duplicates:</source>
        <translation>Righe con errori e duplicati:</translation>
    </message>
    <message>
        <source>No row has errors.</source>
        <translation>Nessuna riga contiene errori.</translation>
    </message>
</context>
<context>
    <name>ActorsTab</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n soggetto</numerusform>
            <numerusform>%n soggetti</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tutte le province</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Tutti gli organismi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviati</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Attivi e archiviati</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>Bring the selected actors back among the active ones</source>
        <translation>Riporta i soggetti selezionati tra quelli attivi</translation>
    </message>
    <message>
        <source>Archive the selected actors: they leave the active list but keep their history</source>
        <translation>Archivia i soggetti selezionati: escono dall&apos;elenco degli attivi ma conservano il loro storico</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Soggetti</translation>
    </message>
    <message>
        <source>Delete actor</source>
        <translation>Elimina soggetto</translation>
    </message>
    <message>
        <source>Delete «{name}»? This cannot be undone.</source>
        <translation>Eliminare «{name}»? L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>{reason}

Archive it instead?</source>
        <translation>{reason}

Archiviarlo invece?</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Unisci duplicati</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>Esporta l&apos;elenco in Excel</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Esportazione in Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) exported to {path}.</source>
        <translation>
            <numerusform>%n soggetto esportato in {path}.</numerusform>
            <numerusform>%n soggetti esportati in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the actors…</source>
        <translation>Esportazione dei soggetti…</translation>
    </message>
    <message>
        <source>Download the import template</source>
        <translation>Scarica il modello di importazione</translation>
    </message>
    <message>
        <source>The template was saved to {path}. Fill in the «Soggetti» sheet, then import it.</source>
        <translation>Il modello è stato salvato in {path}. Compila il foglio «Soggetti», poi importalo.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Non è stato possibile scrivere il file: {error}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
    <message>
        <source>Register a new actor</source>
        <translation>Registra un nuovo soggetto</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>Open the record of the selected actor (or double-click the row)</source>
        <translation>Apri la scheda del soggetto selezionato (o fai doppio clic sulla riga)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Delete the selected actor; one that appears in applications or partnerships can only be archived</source>
        <translation>Elimina il soggetto selezionato; uno che compare in domande o partenariati può essere solo archiviato</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Merge two records of the same actor: select both, or one and search for the other</source>
        <translation>Unisci due schede dello stesso soggetto: selezionale entrambe, oppure una e cerca l&apos;altra</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Unisci duplicati…</translation>
    </message>
    <message>
        <source>Add actors from an .xlsx sheet, checking every row first</source>
        <translation>Aggiungi soggetti da un foglio .xlsx, controllando prima ogni riga</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importa da Excel…</translation>
    </message>
    <message>
        <source>Save the actors of the list as it is now (search, filters and order) to an .xlsx file</source>
        <translation>Salva in un file .xlsx i soggetti dell&apos;elenco così come appare ora (ricerca, filtri e ordine)</translation>
    </message>
    <message>
        <source>E&amp;xport view to Excel…</source>
        <translation>Es&amp;porta vista in Excel…</translation>
    </message>
    <message>
        <source>Save an empty .xlsx sheet with the columns the import expects</source>
        <translation>Salva un foglio .xlsx vuoto con le colonne che l&apos;importazione si aspetta</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Scarica mo&amp;dello…</translation>
    </message>
    <message>
        <source>Search by name, tax code, VAT number, municipality or e-mail</source>
        <translation>Cerca per denominazione, codice fiscale, partita IVA, comune o e-mail</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Tipo di soggetto</translation>
    </message>
    <message>
        <source>Province of the registered office</source>
        <translation>Provincia della sede legale</translation>
    </message>
    <message>
        <source>Actors sitting in a governance body (forum, thematic table, working group)</source>
        <translation>Soggetti che fanno parte di un organismo (forum, tavolo tematico, gruppo di lavoro)</translation>
    </message>
    <message>
        <source>Active actors, archived ones or both</source>
        <translation>Soggetti attivi, archiviati o entrambi</translation>
    </message>
</context>
<context>
    <name>ActorsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Funds received</source>
        <translation>Contributi ricevuti</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database address is not valid: {error}</source>
        <translation>L&apos;indirizzo del database non è valido: {error}</translation>
    </message>
    <message>
        <source>The database {name} could not be opened: {error}</source>
        <translation>Impossibile aprire il database {name}: {error}</translation>
    </message>
    <message>
        <source>The database {name} must be upgraded for this version of Coop Desktop, which cannot be done while another instance has it open.</source>
        <translation>Il database {name} deve essere aggiornato per questa versione di Coop Desktop, e non è possibile finché un&apos;altra istanza lo tiene aperto.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Verifica del backup…</translation>
    </message>
    <message>
        <source>The backup {backup} was restored. The database as it was before is kept in {copy}.</source>
        <translation>Il backup {backup} è stato ripristinato. Il database com&apos;era prima è conservato in {copy}.</translation>
    </message>
    <message>
        <source>The automatic backup was not saved: {error}</source>
        <translation>Il backup automatico non è stato salvato: {error}</translation>
    </message>
</context>
<context>
    <name>AuditHistoryView</name>
    <message>
        <source>Date / field</source>
        <translation>Data / campo</translation>
    </message>
    <message>
        <source>User / before</source>
        <translation>Utente / prima</translation>
    </message>
    <message>
        <source>Change / after</source>
        <translation>Operazione / dopo</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n bando</numerusform>
            <numerusform>%n bandi</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by code or title</source>
        <translation>Cerca per codice o titolo</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
</context>
<context>
    <name>CallsTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Dotazione</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammesse</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Finanziate</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password of {username}. You will use the new one from the next sign-in.</source>
        <translation>Cambia la password di {username}. La nuova password vale dal prossimo accesso.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Password &amp;attuale</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nuova password</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Ripeti la nuova password</translation>
    </message>
    <message>
        <source>At least 10 characters, with at least three kinds among lower-case letters, capital letters, digits and symbols; not the username nor a common password.</source>
        <translation>Almeno 10 caratteri, con almeno tre tipi tra lettere minuscole, lettere maiuscole, cifre e simboli; non il nome utente né una password comune.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {error}

The data already saved is safe, and the window stays open: you can go on working. The details are in the log file {path}.</source>
        <translation>Si è verificato un errore imprevisto: {error}

I dati già salvati sono al sicuro e la finestra resta aperta: puoi continuare a lavorare. Il dettaglio è nel file di log {path}.</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message numerus="yes">
        <source>%n scoring form(s)</source>
        <translation>
            <numerusform>%n scheda di valutazione</numerusform>
            <numerusform>%n schede di valutazione</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by project, protocol number, lead applicant or evaluator</source>
        <translation>Cerca per progetto, numero di protocollo, capofila o valutatore</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
</context>
<context>
    <name>EvaluationsTableModel</name>
    <message>
        <source>Call</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata il</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Crea l&apos;amministratore</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create the administrator&apos;s account: you will sign in with it and create the accounts of your colleagues.</source>
        <translation>Questo database non ha ancora un amministratore. Crea l&apos;account dell&apos;amministratore: lo userai per accedere e per creare gli account dei colleghi.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>e.g. mrossi</source>
        <translation>es. mrossi</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Nome e co&amp;gnome</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Ripeti la password</translation>
    </message>
    <message>
        <source>At least 10 characters, with at least three kinds among lower-case letters, capital letters, digits and symbols; not the username nor a common password.</source>
        <translation>Almeno 10 caratteri, con almeno tre tipi tra lettere minuscole, lettere maiuscole, cifre e simboli; non il nome utente né una password comune.</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crea e accedi</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Sign in with your username and password.</source>
        <translation>Accedi con il tuo nome utente e la tua password.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Soggetti</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Bandi</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database SQLite (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Database SQLite (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>Impossibile scrivere il backup: {error}</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Backup non eseguito</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Backup eseguito</translation>
    </message>
    <message>
        <source>The backup was saved to {path}.</source>
        <translation>Il backup è stato salvato in {path}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>The open database {database} will be replaced by the backup {backup}; changes made after the backup are lost. A copy of the current database is kept beside it.

Restore the backup?</source>
        <translation>Il database aperto {database} sarà sostituito dal backup {backup}; le modifiche fatte dopo il backup andranno perse. Una copia del database attuale viene conservata accanto.

Ripristinare il backup?</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Registro delle modifiche</translation>
    </message>
    <message>
        <source>The change log is intact: {count} entries verified.</source>
        <translation>Il registro delle modifiche è integro: {count} voci verificate.</translation>
    </message>
    <message>
        <source>The change log was altered. {problem}</source>
        <translation>Il registro delle modifiche è stato alterato. {problem}</translation>
    </message>
    <message>
        <source>Verifying the change log…</source>
        <translation>Verifica del registro delle modifiche…</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Cartella dei backup automatici</translation>
    </message>
    <message>
        <source>Automatic backups will be saved in {folder}.</source>
        <translation>I backup automatici saranno salvati in {folder}.</translation>
    </message>
    <message>
        <source>{app} — read only</source>
        <translation>{app} — sola lettura</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Your new password is valid from the next sign-in.</source>
        <translation>La nuova password vale dal prossimo accesso.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Calls for proposals, evaluations and partnerships of the international-cooperation office of Regione Toscana.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence} (European Union Public Licence)&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Bandi, valutazioni e partenariati del settore cooperazione internazionale della Regione Toscana.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licenza:&lt;/b&gt; {licence} (European Union Public Licence)&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Open another Coop Desktop database (SQLite file)</source>
        <translation>Apri un altro database di Coop Desktop (file SQLite)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>Save a copy of the open database</source>
        <translation>Salva una copia del database aperto</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>Replace the open database with a backup (a copy of the current one is kept)</source>
        <translation>Sostituisce il database aperto con un backup (una copia di quello attuale viene conservata)</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Cartella dei backup…</translation>
    </message>
    <message>
        <source>Folder of the automatic backups made when the window closes</source>
        <translation>Cartella dei backup automatici fatti alla chiusura della finestra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Impostazioni ufficio…</translation>
    </message>
    <message>
        <source>Office details printed on letters and decrees</source>
        <translation>Dati dell&apos;ufficio stampati su lettere e decreti</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utenti…</translation>
    </message>
    <message>
        <source>Accounts that can sign in to this database (administrators only)</source>
        <translation>Gli account che possono accedere a questo database (solo amministratori)</translation>
    </message>
    <message>
        <source>&amp;Verify the change log…</source>
        <translation>&amp;Verifica il registro delle modifiche…</translation>
    </message>
    <message>
        <source>Check that no entry of the change log was altered or deleted</source>
        <translation>Controlla che nessuna voce del registro delle modifiche sia stata alterata o eliminata</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Cambia password…</translation>
    </message>
    <message>
        <source>Change the password you sign in with</source>
        <translation>Cambia la password con cui accedi</translation>
    </message>
    <message>
        <source>&amp;About Coop Desktop</source>
        <translation>&amp;Informazioni su Coop Desktop</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>The office details were changed. Save the changes?</source>
        <translation>I dati dell&apos;ufficio sono stati modificati. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Impostazioni ufficio</translation>
    </message>
    <message>
        <source>These details appear in the letterhead and in the signature blocks of letters and decrees.</source>
        <translation>Questi dati compaiono nell&apos;intestazione e nei blocchi di firma di lettere e decreti.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio e sede</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <source>e.g. Settore Attività Internazionali</source>
        <translation>es. Settore Attività Internazionali</translation>
    </message>
    <message>
        <source>Directorate / Department</source>
        <translation>Direzione / Settore</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code (CAP)</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>e.g. FI</source>
        <translation>es. FI</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <source>Certified e-mail (PEC)</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Head of office (Dirigente)</source>
        <translation>Dirigente</translation>
    </message>
    <message>
        <source>Person in charge of the procedure</source>
        <translation>Responsabile del procedimento</translation>
    </message>
</context>
<context>
    <name>PartnershipsTab</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariato</numerusform>
            <numerusform>%n partenariati</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by title, programme or call reference</source>
        <translation>Cerca per titolo, programma o riferimento del bando</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
</context>
<context>
    <name>PartnershipsTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>Rif. bando</translation>
    </message>
    <message>
        <source>Region&apos;s role</source>
        <translation>Ruolo Regione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Budget totale</translation>
    </message>
    <message>
        <source>Region&apos;s share</source>
        <translation>Quota Regione</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>The record was changed. Save the changes?</source>
        <translation>La scheda è stata modificata. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Modificato da un altro utente</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Reloading discards the changes made in this window.</source>
        <translation>Ricaricando si perdono le modifiche fatte in questa finestra.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database {path} is already open in another Coop Desktop window.</source>
        <translation>Il database {path} è già aperto in un&apos;altra finestra di Coop Desktop.</translation>
    </message>
    <message>
        <source>The database {path} is already open by {user} on {host} (since {since}).</source>
        <translation>Il database {path} è già aperto da {user} sul computer {host} (dal {since}).</translation>
    </message>
    <message>
        <source>You can open it read-only: you will see the data but cannot change it. To work on it, close the other window first.</source>
        <translation>Puoi aprirlo in sola lettura: vedrai i dati ma non potrai modificarli. Per lavorarci, chiudi prima l&apos;altra finestra.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The latest good backup is from {date} ({file}). Restoring it replaces the damaged file, which is kept beside it; changes made after the backup are lost.</source>
        <translation>L&apos;ultimo backup integro è del {date} ({file}). Ripristinandolo si sostituisce il file danneggiato, che viene conservato accanto; le modifiche fatte dopo il backup andranno perse.</translation>
    </message>
    <message>
        <source>No good backup of this database was found.</source>
        <translation>Non è stato trovato nessun backup integro di questo database.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Ripristina il backup</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <source>The integrity check found damage in the database {path}:
{problems}

Automatic backups are suspended so that they do not replace the good ones.</source>
        <translation>Il controllo di integrità ha trovato danni nel database {path}:
{problems}

I backup automatici sono sospesi perché non sostituiscano quelli buoni.</translation>
    </message>
    <message>
        <source>No good backup of this database was found: keep a copy of the file and ask for help.</source>
        <translation>Non è stato trovato nessun backup integro di questo database: conserva una copia del file e chiedi assistenza.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database SQLite (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ripristino del backup…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>New password for {name} ({username}). Tell it to them in person: they can change it with Tools &gt; Change password. A locked account is unlocked.</source>
        <translation>Nuova password per {name} ({username}). Comunicala di persona: potrà cambiarla con Strumenti &gt; Cambia password. Se l&apos;account era bloccato, viene sbloccato.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>Edit user {username}</source>
        <translation>Modifica utente {username}</translation>
    </message>
    <message>
        <source>The user was changed. Save the changes?</source>
        <translation>L&apos;utente è stato modificato. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>e.g. mrossi</source>
        <translation>es. mrossi</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Nome e co&amp;gnome</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;uolo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word</source>
        <translation>Ripeti la pass&amp;word</translation>
    </message>
    <message>
        <source>At least 10 characters, with at least three kinds among lower-case letters, capital letters, digits and symbols; not the username nor a common password.</source>
        <translation>Almeno 10 caratteri, con almeno tre tipi tra lettere minuscole, lettere maiuscole, cifre e simboli; non il nome utente né una password comune.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Active, no password yet</source>
        <translation>Attivo, ancora senza password</translation>
    </message>
    <message>
        <source>Active, locked after failed sign-ins</source>
        <translation>Attivo, bloccato dopo accessi non riusciti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ria&amp;ttiva</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Non puoi disattivare il tuo stesso account.</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reimpostata</translation>
    </message>
    <message>
        <source>{username} can now sign in with the new password.</source>
        <translation>{username} ora può accedere con la nuova password.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disattiva utente</translation>
    </message>
    <message>
        <source>Disable {name} ({username})? The account will no longer be able to sign in.</source>
        <translation>Disattivare {name} ({username})? L&apos;account non potrà più accedere.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nessuna modifica</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>The accounts that can sign in to this database. A disabled account can no longer sign in; its name stays in the history of the changes it made.</source>
        <translation>Gli account che possono accedere a questo database. Un account disattivato non può più accedere; il suo nome resta nella cronologia delle modifiche che ha fatto.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
</context>
</TS>
