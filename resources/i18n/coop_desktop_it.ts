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
    <name>ActorPicker</name>
    <message>
        <source>tax code {code}</source>
        <translation>CF {code}</translation>
    </message>
    <message>
        <source>no tax code</source>
        <translation>senza codice fiscale</translation>
    </message>
    <message>
        <source>No actor of the register matches: register it first in Soggetti.</source>
        <translation>Nessun soggetto dell&apos;anagrafica corrisponde: registralo prima in Soggetti.</translation>
    </message>
    <message>
        <source>Choose the actor from the list that opens while you type.</source>
        <translation>Scegli il soggetto dall&apos;elenco che si apre mentre scrivi.</translation>
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
    <name>ApplicationDialog</name>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Modifiche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Priority countries of the call</source>
        <translation>Paesi prioritari del bando</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Altri paesi</translation>
    </message>
    <message>
        <source>Fixed by the decree approving the ranking.</source>
        <translation>Fissato dal decreto di approvazione della graduatoria.</translation>
    </message>
    <message>
        <source>Chosen: {countries}</source>
        <translation>Scelti: {countries}</translation>
    </message>
    <message>
        <source>No country chosen yet: tick the countries where the project takes place.</source>
        <translation>Nessun paese scelto: spunta i paesi in cui si svolge il progetto.</translation>
    </message>
    <message>
        <source>Choose the country of «{name}» from the list.</source>
        <translation>Scegli dall&apos;elenco il paese di «{name}».</translation>
    </message>
    <message>
        <source>The call asks for at least {share} of co-funding and grants at most {grant}.</source>
        <translation>Il bando chiede un cofinanziamento di almeno il {share} e concede al massimo {grant}.</translation>
    </message>
    <message>
        <source>The call asks for at least {share} of co-funding.</source>
        <translation>Il bando chiede un cofinanziamento di almeno il {share}.</translation>
    </message>
    <message>
        <source>New application — {call}</source>
        <translation>Nuova domanda — {call}</translation>
    </message>
    <message>
        <source>new application, not registered yet</source>
        <translation>nuova domanda, non ancora registrata</translation>
    </message>
    <message>
        <source>Application {protocol} — {lead}</source>
        <translation>Domanda {protocol} — {lead}</translation>
    </message>
    <message>
        <source>Call {code} «{title}» ({call_status}) · Application: {status}</source>
        <translation>Bando {code} «{title}» ({call_status}) · Domanda: {status}</translation>
    </message>
    <message>
        <source>The ranking of the call was approved by decree: protocol date, lead applicant and amounts can no longer change, nor can the formal check.</source>
        <translation>La graduatoria del bando è stata approvata con decreto: data di protocollo, capofila e importi non possono più cambiare, e nemmeno l&apos;istruttoria formale.</translation>
    </message>
    <message>
        <source>Save the application first: the checks run when it is registered.</source>
        <translation>Salva prima la domanda: i controlli si eseguono quando viene registrata.</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Documento: {name}</translation>
    </message>
    <message>
        <source>{outcome} (overridden)</source>
        <translation>{outcome} (in deroga)</translation>
    </message>
    <message>
        <source>{reason} ({user})</source>
        <translation>{reason} ({user})</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utente sconosciuto</translation>
    </message>
    <message>
        <source>The checks have not been run yet: click «Run the checks».</source>
        <translation>I controlli non sono ancora stati eseguiti: fai clic su «Esegui i controlli».</translation>
    </message>
    <message>
        <source>Admissible: every check is passed.</source>
        <translation>Ammissibile: tutti i controlli sono superati.</translation>
    </message>
    <message numerus="yes">
        <source>Not admissible: %n check(s) not passed.</source>
        <translation>
            <numerusform>Non ammissibile: %n controllo non superato.</numerusform>
            <numerusform>Non ammissibile: %n controlli non superati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the documents requested: the check goes on when the applicant answers.</source>
        <translation>In attesa delle integrazioni richieste: l&apos;istruttoria riprende quando il richiedente risponde.</translation>
    </message>
    <message numerus="yes">
        <source>Formal check to complete: %n item(s) to verify.</source>
        <translation>
            <numerusform>Istruttoria formale da completare: %n voce da verificare.</numerusform>
            <numerusform>Istruttoria formale da completare: %n voci da verificare.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>Grant: {amount}</source>
        <translation>Contributo: {amount}</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Domanda non trovata</translation>
    </message>
    <message>
        <source>Document in order</source>
        <translation>Documento regolare</translation>
    </message>
    <message>
        <source>«{document}» is present and in order.</source>
        <translation>«{document}» è presente e regolare.</translation>
    </message>
    <message>
        <source>Optional note, e.g. signed digitally on 02/03/2026</source>
        <translation>Nota facoltativa, es. firmato digitalmente il 02/03/2026</translation>
    </message>
    <message>
        <source>Document missing or irregular</source>
        <translation>Documento mancante o irregolare</translation>
    </message>
    <message>
        <source>«{document}» is missing or irregular. The note goes into the reason that letters quote: say what is wrong.</source>
        <translation>«{document}» è mancante o irregolare. La nota entra nella motivazione citata dalle lettere: scrivi che cosa non va.</translation>
    </message>
    <message>
        <source>e.g. manca la firma del legale rappresentante</source>
        <translation>es. manca la firma del legale rappresentante</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Override a check</source>
        <translation>Deroga a un controllo</translation>
    </message>
    <message>
        <source>«{check}»: {reason}

The check will count as passed. Write why: the reason is required and is logged with your name.</source>
        <translation>«{check}»: {reason}

Il controllo conterà come superato. Scrivi perché: il motivo è obbligatorio e viene registrato con il tuo nome.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Deroga</translation>
    </message>
    <message>
        <source>Request missing documents</source>
        <translation>Richiesta di integrazioni</translation>
    </message>
    <message>
        <source>The application waits in «Integrazioni richieste» until the answer is recorded.</source>
        <translation>La domanda resta in «Integrazioni richieste» finché non si registra la risposta.</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Integrazioni richieste</translation>
    </message>
    <message>
        <source>e.g. Piano finanziario firmato dal legale rappresentante</source>
        <translation>es. Piano finanziario firmato dal legale rappresentante</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Registra la richiesta</translation>
    </message>
    <message>
        <source>Answer to the request</source>
        <translation>Risposta alla richiesta</translation>
    </message>
    <message>
        <source>Requested on {day}: {description}</source>
        <translation>Richiesta del {day}: {description}</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Risposta del</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>Ritira la domanda</translation>
    </message>
    <message>
        <source>The application leaves the procedure: it is no longer checked or evaluated.</source>
        <translation>La domanda esce dal procedimento: non viene più controllata né valutata.</translation>
    </message>
    <message>
        <source>Back to received</source>
        <translation>Torna a «Ricevuta»</translation>
    </message>
    <message>
        <source>The withdrawn application comes back into the procedure and is checked again.</source>
        <translation>La domanda ritirata rientra nel procedimento e viene controllata di nuovo.</translation>
    </message>
    <message>
        <source>Revoke the grant</source>
        <translation>Revoca del contributo</translation>
    </message>
    <message>
        <source>The grant is revoked. Write the reason: it is required.</source>
        <translation>Il contributo viene revocato. Scrivi il motivo: è obbligatorio.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Domanda</translation>
    </message>
    <message>
        <source>Protocol and lead applicant</source>
        <translation>Protocollo e capofila</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>e.g. AOOGRT/2026/0012345</source>
        <translation>es. AOOGRT/2026/0012345</translation>
    </message>
    <message>
        <source>Protocol date</source>
        <translation>Data di protocollo</translation>
    </message>
    <message>
        <source>The day the application reached the office (PEC)</source>
        <translation>Il giorno in cui la domanda è arrivata all&apos;ufficio (PEC)</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>The actor responsible toward the Region: it must be in the actors register</source>
        <translation>Il soggetto responsabile verso la Regione: deve essere nell&apos;anagrafica dei soggetti</translation>
    </message>
    <message>
        <source>Type a name or a tax code and choose from the list</source>
        <translation>Scrivi un nome o un codice fiscale e scegli dall&apos;elenco</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>DAC purpose code</source>
        <translation>Codice OCSE-DAC</translation>
    </message>
    <message>
        <source>OECD DAC 5-digit purpose code</source>
        <translation>Codice di settore OCSE-DAC a 5 cifre</translation>
    </message>
    <message>
        <source>Type a code or a word, e.g. 15112 or rifiuti</source>
        <translation>Scrivi un codice o una parola, es. 15112 o rifiuti</translation>
    </message>
    <message>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Codice Unico di Progetto: 15 characters, assigned when the project is funded</source>
        <translation>Codice Unico di Progetto: 15 caratteri, assegnato quando il progetto è finanziato</translation>
    </message>
    <message>
        <source>e.g. J39J21005440001</source>
        <translation>es. J39J21005440001</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durata (mesi)</translation>
    </message>
    <message>
        <source>Leave at — when the start and end dates say it all</source>
        <translation>Lascia — quando bastano le date di inizio e di fine</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Importi</translation>
    </message>
    <message>
        <source>Total cost (€)</source>
        <translation>Costo totale (€)</translation>
    </message>
    <message>
        <source>e.g. 50.000,00</source>
        <translation>es. 50.000,00</translation>
    </message>
    <message>
        <source>Requested grant (€)</source>
        <translation>Contributo richiesto (€)</translation>
    </message>
    <message>
        <source>e.g. 40.000,00</source>
        <translation>es. 40.000,00</translation>
    </message>
    <message>
        <source>Co-funding</source>
        <translation>Cofinanziamento</translation>
    </message>
    <message>
        <source>Total cost minus the requested grant: computed, not typed</source>
        <translation>Costo totale meno contributo richiesto: calcolato, non si scrive</translation>
    </message>
    <message>
        <source>Co-funding share</source>
        <translation>Quota di cofinanziamento</translation>
    </message>
    <message>
        <source>Co-funding as a share of the total cost (two decimals, cut as the checks print it)</source>
        <translation>Il cofinanziamento in percentuale del costo totale (due decimali, troncati come nei controlli)</translation>
    </message>
    <message>
        <source>Countries and &amp;SDGs</source>
        <translation>Paesi e &amp;SDG</translation>
    </message>
    <message>
        <source>Countries of intervention</source>
        <translation>Paesi di intervento</translation>
    </message>
    <message>
        <source>Filter the countries…</source>
        <translation>Filtra i paesi…</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Obiettivi di sviluppo sostenibile (SDG)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Double-click a role to change it.</source>
        <translation>Fai doppio clic su un ruolo per cambiarlo.</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Togli il partner</translation>
    </message>
    <message>
        <source>Add a Tuscan partner (from the actors register)</source>
        <translation>Aggiungi un partner toscano (dall&apos;anagrafica dei soggetti)</translation>
    </message>
    <message>
        <source>Role, e.g. partner</source>
        <translation>Ruolo, es. partner</translation>
    </message>
    <message>
        <source>Add &amp;Tuscan partner</source>
        <translation>Aggiungi partner t&amp;oscano</translation>
    </message>
    <message>
        <source>Add a foreign local partner</source>
        <translation>Aggiungi un partner locale estero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Country of the local partner</source>
        <translation>Paese del partner locale</translation>
    </message>
    <message>
        <source>Role, e.g. partner locale</source>
        <translation>Ruolo, es. partner locale</translation>
    </message>
    <message>
        <source>Add &amp;foreign partner</source>
        <translation>Aggiungi partner &amp;estero</translation>
    </message>
    <message>
        <source>A&amp;dmissibility</source>
        <translation>&amp;Ammissibilità</translation>
    </message>
    <message>
        <source>Reasons for exclusion, as letters and the decree annex will quote them:</source>
        <translation>Motivi di esclusione, come li citeranno le lettere e l&apos;allegato al decreto:</translation>
    </message>
    <message>
        <source>Formal checks</source>
        <translation>Controlli dell&apos;istruttoria formale</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Deroga</translation>
    </message>
    <message>
        <source>Confirm that the selected required document is present and in order</source>
        <translation>Conferma che il documento richiesto selezionato è presente e regolare</translation>
    </message>
    <message>
        <source>Document in &amp;order…</source>
        <translation>Documento re&amp;golare…</translation>
    </message>
    <message>
        <source>Record that the selected required document is missing or irregular</source>
        <translation>Registra che il documento richiesto selezionato è mancante o irregolare</translation>
    </message>
    <message>
        <source>Document &amp;missing…</source>
        <translation>Documento ma&amp;ncante…</translation>
    </message>
    <message>
        <source>Set aside the selected check with a written reason</source>
        <translation>Deroga al controllo selezionato con un motivo scritto</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>De&amp;roga…</translation>
    </message>
    <message>
        <source>The check counts again as it came out</source>
        <translation>Il controllo torna a contare con il suo esito</translation>
    </message>
    <message>
        <source>Remove overr&amp;ide</source>
        <translation>Togli la der&amp;oga</translation>
    </message>
    <message>
        <source>Check the application again against the rules of the call</source>
        <translation>Controlla di nuovo la domanda con le regole del bando</translation>
    </message>
    <message>
        <source>Run the &amp;checks</source>
        <translation>&amp;Esegui i controlli</translation>
    </message>
    <message>
        <source>Requests for missing documents (soccorso istruttorio)</source>
        <translation>Richieste di integrazioni (soccorso istruttorio)</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta del</translation>
    </message>
    <message>
        <source>Record a request for missing documents with its deadline</source>
        <translation>Registra una richiesta di integrazioni con il suo termine</translation>
    </message>
    <message>
        <source>&amp;Request documents…</source>
        <translation>Richiedi &amp;integrazioni…</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s answer to the selected request</source>
        <translation>Registra la risposta del richiedente alla richiesta selezionata</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Registra la rispos&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>The applicant withdrew the application: it leaves the procedure</source>
        <translation>Il richiedente ha ritirato la domanda: esce dal procedimento</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Ritira…</translation>
    </message>
    <message>
        <source>Bring a withdrawn application back into the procedure</source>
        <translation>Riporta nel procedimento una domanda ritirata</translation>
    </message>
    <message>
        <source>&amp;Back to received…</source>
        <translation>&amp;Torna a «Ricevuta»…</translation>
    </message>
    <message>
        <source>Revoke the grant of a funded application, with the reason</source>
        <translation>Revoca il contributo di una domanda finanziata, con il motivo</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <source>History of the status:</source>
        <translation>Storia dello stato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
</context>
<context>
    <name>ApplicationImportPreview</name>
    <message>
        <source>Import applications from Excel</source>
        <translation>Importa domande da Excel</translation>
    </message>
    <message>
        <source>File {name}, sheet «{sheet}», headers on row {row}.</source>
        <translation>File {name}, foglio «{sheet}», intestazioni alla riga {row}.</translation>
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
            <numerusform>%n pronta da importare</numerusform>
            <numerusform>%n pronte da importare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n con errori</numerusform>
            <numerusform>%n con errori</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>Colonne ignorate: {columns}</translation>
    </message>
    <message>
        <source>The import is all or nothing: correct the rows below in the file and import it again.</source>
        <translation>L&apos;importazione è tutto o niente: correggi nel file le righe qui sotto e importalo di nuovo.</translation>
    </message>
    <message>
        <source>Every row is valid. Importing registers the applications and runs their formal checks.</source>
        <translation>Tutte le righe sono valide. L&apos;importazione registra le domande ed esegue i loro controlli formali.</translation>
    </message>
    <message>
        <source>The sheet has no application to import.</source>
        <translation>Il foglio non contiene domande da importare.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n application(s)</source>
        <translation>
            <numerusform>&amp;Importa %n domanda</numerusform>
            <numerusform>&amp;Importa %n domande</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsDialog</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n domanda</numerusform>
            <numerusform>%n domande</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Applications — {code}</source>
        <translation>Domande — {code}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
    <message>
        <source>deadline {day}</source>
        <translation>scadenza {day}</translation>
    </message>
    <message>
        <source>maximum grant {amount}</source>
        <translation>contributo massimo {amount}</translation>
    </message>
    <message>
        <source>minimum co-funding {share}</source>
        <translation>cofinanziamento minimo {share}</translation>
    </message>
    <message numerus="yes">
        <source>%n required document(s)</source>
        <translation>
            <numerusform>%n documento richiesto</numerusform>
            <numerusform>%n documenti richiesti</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications received: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Domande ricevute: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The call is «{status}»: applications are registered while it is open or closed.</source>
        <translation>Il bando è «{status}»: le domande si registrano quando il bando è aperto o chiuso.</translation>
    </message>
    <message>
        <source>Checking the applications…</source>
        <translation>Controllo delle domande in corso…</translation>
    </message>
    <message>
        <source>Formal check</source>
        <translation>Istruttoria formale</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) checked.</source>
        <translation>
            <numerusform>%n domanda controllata.</numerusform>
            <numerusform>%n domande controllate.</numerusform>
        </translation>
    </message>
    <message>
        <source>admissible</source>
        <translation>ammissibili</translation>
    </message>
    <message>
        <source>not admissible</source>
        <translation>non ammissibili</translation>
    </message>
    <message>
        <source>formal check to complete</source>
        <translation>istruttoria da completare</translation>
    </message>
    <message>
        <source>waiting for documents requested</source>
        <translation>in attesa di integrazioni</translation>
    </message>
    <message>
        <source>already in evaluation or later (status kept)</source>
        <translation>già in valutazione o oltre (stato invariato)</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s).</source>
        <translation>
            <numerusform>%n cambio di stato.</numerusform>
            <numerusform>%n cambi di stato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import applications from Excel</source>
        <translation>Importa domande da Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Controllo di {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors.</source>
        <translation>
            <numerusform>Nessuna domanda importata: %n riga ha errori.</numerusform>
            <numerusform>Nessuna domanda importata: %n righe hanno errori.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported.</source>
        <translation>
            <numerusform>%n domanda importata.</numerusform>
            <numerusform>%n domande importate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the end of the work in progress.</source>
        <translation>Attendi la fine del lavoro in corso.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Applications of the call by status</source>
        <translation>Domande del bando per stato</translation>
    </message>
    <message>
        <source>Search by protocol number, title, lead applicant or its tax code</source>
        <translation>Cerca per protocollo, titolo, capofila o suo codice fiscale</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Show only the applications in this status</source>
        <translation>Mostra solo le domande in questo stato</translation>
    </message>
    <message>
        <source>Register an application received for this call</source>
        <translation>Registra una domanda ricevuta per questo bando</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nuova domanda…</translation>
    </message>
    <message>
        <source>Open the record of the selected application</source>
        <translation>Apri la scheda della domanda selezionata</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Run the formal checks of every application of the call still in the procedure</source>
        <translation>Esegue i controlli formali di tutte le domande del bando ancora nel procedimento</translation>
    </message>
    <message>
        <source>&amp;Check admissibility</source>
        <translation>&amp;Verifica ammissibilità</translation>
    </message>
    <message>
        <source>Register the applications of an .xlsx sheet, checking every row first</source>
        <translation>Registra le domande di un foglio .xlsx, controllando prima ogni riga</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importa da Excel…</translation>
    </message>
</context>
<context>
    <name>ApplicationsTableModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo totale</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Co-funding</source>
        <translation>Cofinanz.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
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
    <name>CallDialog</name>
    <message>
        <source>C&amp;hanges</source>
        <translation>Modi&amp;fiche</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nuovo bando</translation>
    </message>
    <message>
        <source>It will be saved as a draft («{status}»)</source>
        <translation>Sarà salvato come bozza («{status}»)</translation>
    </message>
    <message>
        <source>Call {code}</source>
        <translation>Bando {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) registered</source>
        <translation>
            <numerusform>%n domanda registrata</numerusform>
            <numerusform>%n domande registrate</numerusform>
        </translation>
    </message>
    <message>
        <source>No application registered yet.</source>
        <translation>Nessuna domanda registrata finora.</translation>
    </message>
    <message>
        <source>Ranking approved with {decree}.</source>
        <translation>Graduatoria approvata con {decree}.</translation>
    </message>
    <message>
        <source>Back to «{status}»</source>
        <translation>Torna a «{status}»</translation>
    </message>
    <message>
        <source>Move to «{status}»</source>
        <translation>Passa a «{status}»</translation>
    </message>
    <message>
        <source>The ranking is approved: the call has reached its last status.</source>
        <translation>La graduatoria è approvata: il bando ha raggiunto il suo ultimo stato.</translation>
    </message>
    <message>
        <source>Your role can read the call but not change its status.</source>
        <translation>Il tuo ruolo consente di consultare il bando, non di cambiarne lo stato.</translation>
    </message>
    <message>
        <source>In the status «{status}» some fields are read-only:</source>
        <translation>Nello stato «{status}» alcuni campi non sono più modificabili:</translation>
    </message>
    <message>
        <source>The call was changed. Save the changes?</source>
        <translation>Il bando è stato modificato. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Call not found</source>
        <translation>Bando non trovato</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambio di stato</translation>
    </message>
    <message>
        <source>The call has unsaved changes. Save them before changing its status?</source>
        <translation>Il bando ha modifiche non salvate. Salvarle prima di cambiarne lo stato?</translation>
    </message>
    <message>
        <source>Start the evaluation of the call? From then on the evaluation grid, the financial rules, the eligible types, the deadline and the required documents can no longer change.</source>
        <translation>Avviare la valutazione del bando? Da quel momento griglia di valutazione, regole finanziarie, tipologie ammesse, scadenza e documenti richiesti non potranno più cambiare.</translation>
    </message>
    <message>
        <source>Approve the ranking with decree n. {number} of {date}? Scores and grants can no longer change afterwards.</source>
        <translation>Approvare la graduatoria con il decreto n. {number} del {date}? Dopo, punteggi e contributi non potranno più cambiare.</translation>
    </message>
    <message>
        <source>Move the call to «{status}»?</source>
        <translation>Portare il bando nello stato «{status}»?</translation>
    </message>
    <message>
        <source>The call cannot move to «{status}» yet:</source>
        <translation>Il bando non può ancora passare a «{status}»:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>&amp;General data</source>
        <translation>Dati &amp;generali</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>e.g. COOP-2027</source>
        <translation>es. COOP-2027</translation>
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
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Approval and publication</source>
        <translation>Approvazione e pubblicazione</translation>
    </message>
    <message>
        <source>Approving decree n.</source>
        <translation>Decreto di approvazione n.</translation>
    </message>
    <message>
        <source>of</source>
        <translation>del</translation>
    </message>
    <message>
        <source>BURT n.</source>
        <translation>BURT n.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Dotazione</translation>
    </message>
    <message>
        <source>Maximum grant per project</source>
        <translation>Contributo massimo per progetto</translation>
    </message>
    <message>
        <source>Leave at zero when the call sets no maximum grant</source>
        <translation>Lasciare a zero se il bando non fissa un contributo massimo</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Minimum co-funding</source>
        <translation>Cofinanziamento minimo</translation>
    </message>
    <message>
        <source>Share of the project&apos;s total cost not covered by the grant: (total − requested) / total</source>
        <translation>Quota del costo totale del progetto non coperta dal contributo: (totale − richiesto) / totale</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The last project in line may be funded in part</source>
        <translation>Finanziamento parziale dell&apos;ultimo progetto in graduatoria</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Minimum total score</source>
        <translation>Soglia minima</translation>
    </message>
    <message>
        <source>Projects below this total are not eligible for funding (soglia minima)</source>
        <translation>I progetti sotto questo punteggio totale non sono finanziabili</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Evaluators per application</source>
        <translation>Valutatori per domanda</translation>
    </message>
    <message>
        <source>Divergence threshold</source>
        <translation>Soglia di divergenza</translation>
    </message>
    <message>
        <source>Scores of the same application further apart than this share of the maximum are flagged for the committee</source>
        <translation>I punteggi della stessa domanda che differiscono più di questa quota del massimo sono segnalati alla commissione</translation>
    </message>
    <message>
        <source>Evaluators must explain every score</source>
        <translation>Motivazione obbligatoria per ogni punteggio</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation>Durata massima</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Minimum number of partners</source>
        <translation>Numero minimo di partner</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Nessun minimo</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>&amp;Requisiti</translation>
    </message>
    <message>
        <source>Eligible actor types</source>
        <translation>Tipologie di soggetti ammesse</translation>
    </message>
    <message>
        <source>None ticked: every type of actor may apply.</source>
        <translation>Nessuna spuntata: possono partecipare tutte le tipologie di soggetti.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <source>Priority countries</source>
        <translation>Paesi prioritari</translation>
    </message>
    <message>
        <source>Search a country…</source>
        <translation>Cerca un paese…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Required &amp;documents</source>
        <translation>&amp;Documenti richiesti</translation>
    </message>
    <message>
        <source>Each required document becomes an item of the formal check of every application. Double-click a document to change its description.</source>
        <translation>Ogni documento richiesto diventa una voce dell&apos;istruttoria formale di ciascuna domanda. Doppio clic su un documento per modificarne la descrizione.</translation>
    </message>
    <message>
        <source>Add a required document at the end of the list</source>
        <translation>Aggiunge un documento richiesto in fondo all&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Toglie il documento selezionato</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta in &amp;alto</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <source>Evaluation &amp;grid</source>
        <translation>Griglia di &amp;valutazione</translation>
    </message>
    <message>
        <source>Criteria and points are published with the call: they cannot change once the evaluation starts. Minimum points: the least a project must score on that criterion (optional). Tie-break order: 1 for the first criterion that breaks a tie, 2 for the next…; empty when the criterion is not used.</source>
        <translation>Criteri e punteggi sono pubblicati con il bando: non possono cambiare una volta avviata la valutazione. Soglia minima: il punteggio minimo che un progetto deve ottenere in quel criterio (facoltativa). Ordine di spareggio: 1 per il primo criterio usato in caso di parità, 2 per il successivo…; vuoto se il criterio non è usato.</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Punteggio massimo</translation>
    </message>
    <message>
        <source>Minimum points</source>
        <translation>Soglia minima</translation>
    </message>
    <message>
        <source>Tie-break order</source>
        <translation>Ordine spareggio</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Aggiungi criterio</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Toglie il criterio selezionato</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mmissione</translation>
    </message>
    <message>
        <source>The evaluators who score the applications of this call. Members are chosen among the active accounts with the evaluator role (Tools → Users…).</source>
        <translation>I valutatori che assegnano i punteggi alle domande di questo bando. Si scelgono tra gli account attivi con ruolo valutatore (Strumenti → Utenti…).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Nominato il</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <source>&amp;Add to the committee</source>
        <translation>&amp;Aggiungi alla commissione</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Toglie il componente selezionato</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Stato attuale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recorded in the history with the date and your name</source>
        <translation>Registrata nello storico con la data e il tuo nome</translation>
    </message>
    <message>
        <source>Ranking decree n.</source>
        <translation>Decreto di graduatoria n.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Storico degli stati</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
</context>
<context>
    <name>CallDuplicateDialog</name>
    <message>
        <source>A new draft copies the rules, grid, required documents, lists and committee of «{code}». Its dates move by the years in between; decree and BURT are left empty.</source>
        <translation>Una nuova bozza copia regole, griglia, documenti richiesti, elenchi e commissione di «{code}». Le date si spostano degli anni di differenza; decreto e BURT restano vuoti.</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>Duplicate call</source>
        <translation>Duplica bando</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuovo codice</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
</context>
<context>
    <name>CallImportDialog</name>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct in the file before importing it:</source>
        <translation>
            <numerusform>%n problema da correggere nel file prima di importarlo:</numerusform>
            <numerusform>%n problemi da correggere nel file prima di importarlo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the workbook and import it again.</source>
        <translation>Non è stato salvato nulla. Correggi la cartella di lavoro e importala di nuovo.</translation>
    </message>
    <message>
        <source>Nothing is saved yet: Import creates the call as a draft, which you can then open.</source>
        <translation>Non è ancora stato salvato nulla: Importa crea il bando in bozza, che potrai poi aprire.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import a call from Excel</source>
        <translation>Importa un bando da Excel</translation>
    </message>
    <message>
        <source>The workbook cannot be imported as it is.</source>
        <translation>La cartella di lavoro non può essere importata così com&apos;è.</translation>
    </message>
    <message>
        <source>Call read: {code} – {title}.</source>
        <translation>Bando letto: {code} – {title}.</translation>
    </message>
    <message>
        <source>The call {code} – {title} will be created as a draft.</source>
        <translation>Sarà creato in bozza il bando {code} – {title}.</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(a) in the evaluation grid</source>
        <translation>
            <numerusform>%n criterio nella griglia di valutazione</numerusform>
            <numerusform>%n criteri nella griglia di valutazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required document(s)</source>
        <translation>
            <numerusform>%n documento richiesto</numerusform>
            <numerusform>%n documenti richiesti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee member(s)</source>
        <translation>
            <numerusform>%n componente della commissione</numerusform>
            <numerusform>%n componenti della commissione</numerusform>
        </translation>
    </message>
    <message>
        <source>New evaluator accounts, without a password until the administrator sets one: {names}</source>
        <translation>Nuovi account di valutatori, senza password finché l&apos;amministratore non la imposta: {names}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Non importato:</translation>
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
        <source>Calls</source>
        <translation>Bandi</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>The applications register is not available in this version.</source>
        <translation>Il registro delle domande non è disponibile in questa versione.</translation>
    </message>
    <message>
        <source>Import a call from Excel</source>
        <translation>Importa un bando da Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Verifica di {name}…</translation>
    </message>
    <message>
        <source>The call {code} was imported as a draft.</source>
        <translation>Il bando {code} è stato importato in bozza.</translation>
    </message>
    <message>
        <source>New evaluator accounts without a password: {names}. The administrator sets their passwords in Tools → Users….</source>
        <translation>Nuovi account di valutatori senza password: {names}. L&apos;amministratore imposta le password in Strumenti → Utenti….</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
    <message>
        <source>Search by code or title</source>
        <translation>Cerca per codice o titolo</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Create a draft call from a workbook with the sheets «Bando», «Criteri» and «Commissione», checking it first</source>
        <translation>Crea un bando in bozza da una cartella di lavoro con i fogli «Bando», «Criteri» e «Commissione», dopo averla verificata</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importa da Excel…</translation>
    </message>
    <message>
        <source>Write a new call: it starts as a draft</source>
        <translation>Scrivi un nuovo bando: parte come bozza</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nuovo bando…</translation>
    </message>
    <message>
        <source>Open the selected call (or double-click the row)</source>
        <translation>Apre il bando selezionato (o doppio clic sulla riga)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Start next year&apos;s call from the selected one: rules, grid, documents and committee are copied</source>
        <translation>Prepara il bando dell&apos;anno successivo partendo da quello selezionato: regole, griglia, documenti e commissione vengono copiati</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplica…</translation>
    </message>
    <message>
        <source>The register of the applications received by the selected call</source>
        <translation>Il registro delle domande ricevute per il bando selezionato</translation>
    </message>
    <message>
        <source>&amp;Applications…</source>
        <translation>&amp;Domande…</translation>
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
    <name>CommitteeEditor</name>
    <message>
        <source>No password yet: the administrator sets one</source>
        <translation>Ancora senza password: la imposta l&apos;amministratore</translation>
    </message>
    <message>
        <source>No other evaluator available</source>
        <translation>Nessun altro valutatore disponibile</translation>
    </message>
</context>
<context>
    <name>CountryChooser</name>
    <message numerus="yes">
        <source>%n country(ies) chosen</source>
        <translation>
            <numerusform>%n paese scelto</numerusform>
            <numerusform>%n paesi scelti</numerusform>
        </translation>
    </message>
    <message>
        <source>No priority country.</source>
        <translation>Nessun paese prioritario.</translation>
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
    <name>CriteriaEditor</name>
    <message>
        <source>Total of the maximum points: {total}</source>
        <translation>Totale dei punteggi massimi: {total}</translation>
    </message>
    <message>
        <source>minimum total score: {score}</source>
        <translation>soglia minima: {score}</translation>
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
