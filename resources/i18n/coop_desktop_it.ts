<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActorDialog</name>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umenti</translation>
    </message>
    <message>
        <source>Doc&amp;uments ({count})</source>
        <translation>Doc&amp;umenti ({count})</translation>
    </message>
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
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umenti</translation>
    </message>
    <message>
        <source>Doc&amp;uments ({count})</source>
        <translation>Doc&amp;umenti ({count})</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Letters to the lead applicant and the evaluation sheet, in a preview</source>
        <translation>Lettere al capofila e scheda di valutazione, in anteprima</translation>
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
    <name>BatchPrint</name>
    <message>
        <source>Evaluation sheets and minutes</source>
        <translation>Schede di valutazione e verbale</translation>
    </message>
    <message>
        <source>Letters: {kind}</source>
        <translation>Lettere: {kind}</translation>
    </message>
    <message>
        <source>Folder for the evaluation sheets</source>
        <translation>Cartella per le schede di valutazione</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Cartella per le lettere</translation>
    </message>
    <message>
        <source>The folder {folder} already holds PDF files: those with the same names will be replaced. Write the documents there?</source>
        <translation>La cartella {folder} contiene già file PDF: quelli con lo stesso nome saranno sostituiti. Scrivere lì i documenti?</translation>
    </message>
    <message>
        <source>Writing the documents in {folder}…</source>
        <translation>Scrittura dei documenti in {folder}…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n document(s) had been written in {folder}; the merged PDF was not made.</source>
        <translation>
            <numerusform>Annullato: era già stato scritto %n documento in {folder}; il PDF unico non è stato creato.</numerusform>
            <numerusform>Annullato: erano già stati scritti %n documenti in {folder}; il PDF unico non è stato creato.</numerusform>
        </translation>
    </message>
    <message>
        <source>There was no document to write.</source>
        <translation>Non c&apos;era alcun documento da scrivere.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written in {folder}.</source>
        <translation>
            <numerusform>%n documento scritto in {folder}.</numerusform>
            <numerusform>%n documenti scritti in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The committee&apos;s minutes: {path}</source>
        <translation>Verbale della commissione: {path}</translation>
    </message>
    <message>
        <source>All of them in one PDF, to print at once: {path}</source>
        <translation>Tutti insieme in un unico PDF, da stampare in una volta: {path}</translation>
    </message>
    <message>
        <source>Open the merged PDF</source>
        <translation>Apri il PDF unico</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Apri la cartella</translation>
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
    <message>
        <source>Letters to the applicants of the selected call (start of proceedings, request for documents, pre-rejection notice, outcome), written to a folder: one PDF each and all of them in one PDF</source>
        <translation>Lettere ai richiedenti del bando selezionato (avvio del procedimento, richiesta integrazioni, preavviso di rigetto, esito), scritte in una cartella: un PDF per lettera e tutte insieme in un unico PDF</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>&amp;Lettere…</translation>
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
    <name>ConsensusDialog</name>
    <message>
        <source>Consensus – {code}</source>
        <translation>Consenso – {code}</translation>
    </message>
    <message>
        <source>Your role can read the divergences but not record a consensus.</source>
        <translation>Il tuo ruolo consente di consultare le divergenze ma non di registrare un consenso.</translation>
    </message>
    <message>
        <source>The call is «{status}»: consensus scores can no longer change.</source>
        <translation>Il bando è «{status}»: i punteggi di consenso non possono più cambiare.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged criterion(s)</source>
        <translation>
            <numerusform>%n criterio segnalato</numerusform>
            <numerusform>%n criteri segnalati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a consensus score</source>
        <translation>
            <numerusform>%n con punteggio di consenso</numerusform>
            <numerusform>%n con punteggio di consenso</numerusform>
        </translation>
    </message>
    <message>
        <source>No divergence: on every criterion the evaluators are within the call&apos;s threshold.</source>
        <translation>Nessuna divergenza: su ogni criterio i valutatori restano entro la soglia del bando.</translation>
    </message>
    <message>
        <source>Select a flagged criterion.</source>
        <translation>Seleziona un criterio segnalato.</translation>
    </message>
    <message>
        <source>Application prot. {protocol} ({lead}), criterion {code}: scores from {low} to {high}, threshold {threshold}, mean {mean}.</source>
        <translation>Domanda prot. {protocol} ({lead}), criterio {code}: punteggi da {low} a {high}, soglia {threshold}, media {mean}.</translation>
    </message>
    <message>
        <source>from 0 to {max}</source>
        <translation>da 0 a {max}</translation>
    </message>
    <message>
        <source>«{text}» is not a score: write for example 31,5.</source>
        <translation>«{text}» non è un punteggio: scrivi ad esempio 31,5.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Criteria on which the evaluators&apos; scores are further apart than the call&apos;s threshold. The committee may record a consensus score with its reason: it replaces the mean of that criterion in the ranking.</source>
        <translation>Criteri su cui i punteggi dei valutatori distano più della soglia del bando. La commissione può registrare un punteggio di consenso con la sua motivazione: sostituisce la media di quel criterio in graduatoria.</translation>
    </message>
    <message>
        <source>Consensus score</source>
        <translation>Punteggio di consenso</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punteggio</translation>
    </message>
    <message>
        <source>e.g. 31,5</source>
        <translation>es. 31,5</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivazione</translation>
    </message>
    <message>
        <source>Why the committee agreed on this score (required)</source>
        <translation>Perché la commissione ha concordato questo punteggio (obbligatoria)</translation>
    </message>
    <message>
        <source>Record the consensus score: it replaces the mean of the evaluators on this criterion</source>
        <translation>Registra il punteggio di consenso: sostituisce la media dei valutatori su questo criterio</translation>
    </message>
    <message>
        <source>Record &amp;consensus</source>
        <translation>Registra &amp;consenso</translation>
    </message>
    <message>
        <source>Remove the consensus score: the mean of the evaluators counts again</source>
        <translation>Toglie il punteggio di consenso: torna a valere la media dei valutatori</translation>
    </message>
    <message>
        <source>Re&amp;move consensus</source>
        <translation>&amp;Rimuovi consenso</translation>
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
    <name>DecreeDialog</name>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation>es. 12345</translation>
    </message>
    <message>
        <source>Decree &amp;number</source>
        <translation>&amp;Numero del decreto</translation>
    </message>
    <message>
        <source>Decree &amp;date</source>
        <translation>&amp;Data del decreto</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>DivergencesTableModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Evaluators&apos; scores</source>
        <translation>Punteggi dei valutatori</translation>
    </message>
    <message>
        <source>Low–high</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>The scores are {spread} apart, more than the threshold of {threshold} (maximum {max}).</source>
        <translation>I punteggi distano {spread}, più della soglia di {threshold} (massimo {max}).</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Decree annexes</source>
        <translation>Allegati al decreto</translation>
    </message>
    <message>
        <source>Decree annexes in Excel</source>
        <translation>Allegati al decreto in Excel</translation>
    </message>
    <message>
        <source>Annexes {code}</source>
        <translation>Allegati {code}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The annexes were saved to {path}</source>
        <translation>Allegati salvati in {path}</translation>
    </message>
</context>
<context>
    <name>DocumentsRegisterView</name>
    <message>
        <source>No document generated yet. Letters, evaluation sheets and annexes printed from Coop Desktop are listed here with their SHA-256, to prove later which file was sent.</source>
        <translation>Nessun documento generato finora. Lettere, schede di valutazione e allegati stampati da Coop Desktop compaiono qui con la loro impronta SHA-256, per poter dimostrare in seguito quale file è stato inviato.</translation>
    </message>
    <message>
        <source>Protoco&amp;l number…</source>
        <translation>Protoco&amp;llo…</translation>
    </message>
    <message>
        <source>Write the protocol number and date the selected document was sent with</source>
        <translation>Registra numero e data di protocollo con cui è stato inviato il documento selezionato</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copia SHA-256</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint of the selected file</source>
        <translation>Copia l&apos;impronta completa del file selezionato</translation>
    </message>
</context>
<context>
    <name>DocumentsTableModel</name>
    <message>
        <source>Call / application</source>
        <translation>Bando / domanda</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generato il</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>{number} of {date}</source>
        <translation>{number} del {date}</translation>
    </message>
    <message>
        <source>SHA-256 of the file as generated:
{sha}</source>
        <translation>SHA-256 del file così come è stato generato:
{sha}</translation>
    </message>
    <message>
        <source>Generated by {name}</source>
        <translation>Generato da {name}</translation>
    </message>
</context>
<context>
    <name>EvaluationGridModel</name>
    <message>
        <source>Assigned</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Dichiarata</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Not assigned to {name}</source>
        <translation>Non assegnata a {name}</translation>
    </message>
    <message>
        <source>Conflict of interest declared on {when}</source>
        <translation>Conflitto di interessi dichiarato il {when}</translation>
    </message>
    <message>
        <source>No conflict of interest declared on {when}</source>
        <translation>Assenza di conflitti dichiarata il {when}</translation>
    </message>
    <message>
        <source>Submitted on {when}</source>
        <translation>Inviata il {when}</translation>
    </message>
    <message>
        <source>Total: {points}</source>
        <translation>Totale: {points}</translation>
    </message>
    <message>
        <source>Divergent: {codes}</source>
        <translation>Divergenze: {codes}</translation>
    </message>
    <message>
        <source>Consensus: {codes}</source>
        <translation>Consenso: {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s) missing</source>
        <translation>
            <numerusform>manca %n valutatore</numerusform>
            <numerusform>mancano %n valutatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Score by the ranking rules: the mean of the evaluators&apos; points on each criterion (or the committee&apos;s consensus), summed</source>
        <translation>Punteggio secondo le regole della graduatoria: somma delle medie dei valutatori su ciascun criterio (o del punteggio di consenso della commissione)</translation>
    </message>
    <message>
        <source>The scores appear once the office has computed the ranking.</source>
        <translation>I punteggi compaiono quando l&apos;ufficio ha calcolato la graduatoria.</translation>
    </message>
    <message>
        <source>No score yet: the submitted forms are still too few.</source>
        <translation>Nessun punteggio: le schede inviate sono ancora troppo poche.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
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
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}): %n active form(s) on this call</source>
        <translation>
            <numerusform>{name} ({username}): %n scheda attiva su questo bando</numerusform>
            <numerusform>{name} ({username}): %n schede attive su questo bando</numerusform>
        </translation>
    </message>
    <message>
        <source>Divergent: criteria whose scores differ beyond the call&apos;s threshold (consensus needed). Consensus: criteria scored by the committee&apos;s consensus.</source>
        <translation>Divergenze: criteri con punteggi che differiscono oltre la soglia del bando (serve il consenso). Consenso: criteri valutati con il consenso della commissione.</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Bando:</translation>
    </message>
    <message>
        <source>Calls in evaluation or with an approved ranking</source>
        <translation>Bandi in valutazione o con graduatoria approvata</translation>
    </message>
    <message>
        <source>Search by protocol number, lead applicant or title</source>
        <translation>Cerca per numero di protocollo, capofila o titolo</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>The call&apos;s ranking: compute it, read it, print it</source>
        <translation>La graduatoria del bando: calcolarla, consultarla, stamparla</translation>
    </message>
    <message>
        <source>&amp;Ranking…</source>
        <translation>&amp;Graduatoria…</translation>
    </message>
    <message>
        <source>Criteria whose scores diverge, and the committee&apos;s consensus on them</source>
        <translation>Criteri con punteggi divergenti e consenso della commissione</translation>
    </message>
    <message>
        <source>Co&amp;nsensus…</source>
        <translation>Co&amp;nsenso…</translation>
    </message>
    <message>
        <source>Open the scoring form of the selected cell (or double-click it)</source>
        <translation>Apri la scheda di valutazione della cella selezionata (o fai doppio clic sulla cella)</translation>
    </message>
    <message>
        <source>&amp;Open form…</source>
        <translation>&amp;Apri scheda…</translation>
    </message>
    <message>
        <source>Give the selected application to a member of the committee</source>
        <translation>Assegna la domanda selezionata a un componente della commissione</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>A&amp;ssegna…</translation>
    </message>
    <message>
        <source>Give every application the call&apos;s number of evaluators, balancing their loads and avoiding declared conflicts</source>
        <translation>Assegna a ogni domanda il numero di valutatori previsto dal bando, bilanciando i carichi ed evitando i conflitti dichiarati</translation>
    </message>
    <message>
        <source>Assign &amp;automatically</source>
        <translation>Assegna a&amp;utomaticamente</translation>
    </message>
    <message>
        <source>Take back the selected form, if nobody has scored on it yet</source>
        <translation>Revoca la scheda selezionata, se non contiene ancora punteggi</translation>
    </message>
    <message>
        <source>Re&amp;voke assignment…</source>
        <translation>Re&amp;voca assegnazione…</translation>
    </message>
    <message>
        <source>Reopen the selected submitted form, with a written reason (logged)</source>
        <translation>Riapri la scheda inviata selezionata, con un motivo scritto (registrato)</translation>
    </message>
    <message>
        <source>R&amp;eopen form…</source>
        <translation>&amp;Riapri scheda…</translation>
    </message>
    <message>
        <source>The evaluation sheet of the selected application (scores of every evaluator, comments, total), in a preview to print or save</source>
        <translation>La scheda di valutazione della domanda selezionata (punteggi di ogni valutatore, commenti, totale), in anteprima per stamparla o salvarla</translation>
    </message>
    <message>
        <source>Evaluation s&amp;heet…</source>
        <translation>Sc&amp;heda di valutazione…</translation>
    </message>
    <message>
        <source>One Excel workbook per evaluator, to score offline</source>
        <translation>Una cartella Excel per valutatore, per valutare fuori dal programma</translation>
    </message>
    <message>
        <source>E&amp;xport evaluator workbooks…</source>
        <translation>&amp;Esporta cartelle dei valutatori…</translation>
    </message>
    <message>
        <source>Read back the scores of filled-in evaluator workbooks</source>
        <translation>Rileggi i punteggi dalle cartelle compilate dai valutatori</translation>
    </message>
    <message>
        <source>&amp;Import scores…</source>
        <translation>&amp;Importa punteggi…</translation>
    </message>
    <message>
        <source>Every evaluation sheet of the call and the committee&apos;s minutes, written to a folder: one PDF each and all of them in one PDF</source>
        <translation>Tutte le schede di valutazione del bando e il verbale della commissione, scritti in una cartella: un PDF ciascuno e tutti insieme in un unico PDF</translation>
    </message>
    <message>
        <source>Sheets an&amp;d minutes…</source>
        <translation>Sche&amp;de e verbale…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>No call in evaluation.

A call appears here when the office moves it to «In valutazione» (tab Calls), after the formal check of its applications.</source>
        <translation>Nessun bando in valutazione.

Un bando compare qui quando l&apos;ufficio lo porta allo stato «In valutazione» (scheda Bandi), dopo l&apos;istruttoria formale delle domande.</translation>
    </message>
    <message>
        <source>No call in evaluation has you on its committee: there is nothing to score yet.</source>
        <translation>Non fai parte della commissione di nessun bando in valutazione: per ora non ci sono domande da valutare.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n domanda</numerusform>
            <numerusform>%n domande</numerusform>
        </translation>
    </message>
    <message>
        <source>{applications} · no scoring form assigned yet</source>
        <translation>{applications} · nessuna scheda di valutazione assegnata</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assegnata</numerusform>
            <numerusform>%n assegnate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared</source>
        <translation>
            <numerusform>%n dichiarata</numerusform>
            <numerusform>%n dichiarate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in draft</source>
        <translation>
            <numerusform>%n in bozza</numerusform>
            <numerusform>%n in bozza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n inviata</numerusform>
            <numerusform>%n inviate</numerusform>
        </translation>
    </message>
    <message>
        <source>{applications} · {forms}: {parts}</source>
        <translation>{applications} · {forms}: {parts}</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n scheda</numerusform>
            <numerusform>%n schede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) of interest</source>
        <translation>
            <numerusform>%n conflitto di interessi</numerusform>
            <numerusform>%n conflitti di interessi</numerusform>
        </translation>
    </message>
    <message>
        <source>you see your own scores only, until the ranking is computed</source>
        <translation>vedi solo i tuoi punteggi finché non è calcolata la graduatoria</translation>
    </message>
    <message>
        <source>ranking computed</source>
        <translation>graduatoria calcolata</translation>
    </message>
    <message>
        <source>Scoring form</source>
        <translation>Scheda di valutazione</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Assegna automaticamente</translation>
    </message>
    <message numerus="yes">
        <source>%n scoring form(s) assigned.</source>
        <translation>
            <numerusform>Assegnata %n scheda di valutazione.</numerusform>
            <numerusform>Assegnate %n schede di valutazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new form: every application already has its evaluators.</source>
        <translation>Nessuna nuova scheda: ogni domanda ha già i suoi valutatori.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n form(s)</source>
        <translation>
            <numerusform>{name}: %n scheda</numerusform>
            <numerusform>{name}: %n schede</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms per evaluator:</source>
        <translation>Schede per valutatore:</translation>
    </message>
    <message numerus="yes">
        <source>{protocol}: %n evaluator(s) missing</source>
        <translation>
            <numerusform>{protocol}: manca %n valutatore</numerusform>
            <numerusform>{protocol}: mancano %n valutatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications short of evaluators (conflicts of interest, or a committee too small):</source>
        <translation>Domande senza abbastanza valutatori (conflitti di interessi o commissione troppo piccola):</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <source>Every member of the committee already has a form on the application {protocol}.</source>
        <translation>Tutti i componenti della commissione hanno già una scheda sulla domanda {protocol}.</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n form(s)</source>
        <translation>
            <numerusform>{name} — %n scheda</numerusform>
            <numerusform>{name} — %n schede</numerusform>
        </translation>
    </message>
    <message>
        <source>Application {protocol} — {lead}
Give it to:</source>
        <translation>Domanda {protocol} — {lead}
Assegna a:</translation>
    </message>
    <message>
        <source>Revoke assignment</source>
        <translation>Revoca assegnazione</translation>
    </message>
    <message>
        <source>Take back the application {protocol} from {name}? Their form (not yet scored) is deleted.</source>
        <translation>Revocare a {name} la domanda {protocol}? La sua scheda (ancora senza punteggi) viene eliminata.</translation>
    </message>
    <message>
        <source>Reopen form</source>
        <translation>Riapri scheda</translation>
    </message>
    <message>
        <source>The form of {name} on the application {protocol} goes back to draft, so that it can be corrected and submitted again. Write why: the reason is logged with your name.</source>
        <translation>La scheda di {name} sulla domanda {protocol} torna in bozza, per essere corretta e inviata di nuovo. Scrivi il motivo: viene registrato con il tuo nome.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message>
        <source>This function is not available in this version.</source>
        <translation>Questa funzione non è disponibile in questa versione.</translation>
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
    <name>LetterTemplateDialog</name>
    <message>
        <source>Letter templates (read only)</source>
        <translation>Modelli di lettere (sola lettura)</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dati di esempio</translation>
    </message>
    <message>
        <source>Text shipped with the application</source>
        <translation>Testo predefinito dell&apos;applicazione</translation>
    </message>
    <message>
        <source>Edited by the office ({when})</source>
        <translation>Modificato dall&apos;ufficio ({when})</translation>
    </message>
    <message>
        <source>Edited by the office</source>
        <translation>Modificato dall&apos;ufficio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The template of «{letter}» was changed. Save the changes?</source>
        <translation>Il modello «{letter}» è stato modificato. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Modello di lettera</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvato</translation>
    </message>
    <message>
        <source>Restore the default text</source>
        <translation>Ripristina il testo predefinito</translation>
    </message>
    <message>
        <source>Restore the text of «{letter}» shipped with the application? The office&apos;s version is deleted.</source>
        <translation>Ripristinare il testo predefinito di «{letter}»? La versione modificata dall&apos;ufficio sarà eliminata.</translation>
    </message>
    <message>
        <source>The letter template was changed. Save the changes?</source>
        <translation>Il modello di lettera è stato modificato. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modelli di lettere</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Lettera</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Oggetto</translation>
    </message>
    <message>
        <source>&amp;Text of the letter</source>
        <translation>&amp;Testo della lettera</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph and a line break starts a new line; **text** is bold; a line starting with &quot;- &quot; is an item of a bulleted list; a paragraph starting with &quot;&gt;&gt; &quot; goes to the right-hand column (address, signature); {{ field }} prints a field of the list.</source>
        <translation>Una riga vuota inizia un nuovo paragrafo e un a capo va a capo; **testo** è in grassetto; una riga che inizia con &quot;- &quot; è una voce di elenco puntato; un paragrafo che inizia con &quot;&gt;&gt; &quot; va nella colonna di destra (indirizzo, firma); {{ campo }} stampa un campo dell&apos;elenco.</translation>
    </message>
    <message>
        <source>&amp;Fields (double-click to insert)</source>
        <translation>&amp;Campi (doppio clic per inserirli)</translation>
    </message>
    <message>
        <source>&amp;Preview with</source>
        <translation>&amp;Anteprima con</translation>
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
        <source>Letter &amp;templates…</source>
        <translation>&amp;Modelli di lettere…</translation>
    </message>
    <message>
        <source>Edit the texts of the letters sent to applicants</source>
        <translation>Modifica i testi delle lettere inviate ai richiedenti</translation>
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
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document cannot be shown; it can still be saved.</source>
        <translation>Il documento non si può mostrare; si può comunque salvare.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Salva il PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {error}</source>
        <translation>Impossibile scrivere il file {path}: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>It could not be recorded in the register of documents: {error}</source>
        <translation>Impossibile registrarlo nel registro dei documenti: {error}</translation>
    </message>
    <message>
        <source>Recorded in the register of documents.</source>
        <translation>Registrato nel registro dei documenti.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossibile avviare la stampante.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Stampa annullata.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Inviata alla stampante: %n pagina.</numerusform>
            <numerusform>Inviate alla stampante: %n pagine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window</source>
        <translation>Mostra le pagine larghe quanto la finestra</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Adatta alla &amp;larghezza</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Stampa il documento (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Save the PDF as it is shown (Ctrl+S)</source>
        <translation>Salva il PDF così come è mostrato (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Sal&amp;va…</translation>
    </message>
</context>
<context>
    <name>PrintingActions</name>
    <message>
        <source>This function is not available in this version.</source>
        <translation>Questa funzione non è disponibile in questa versione.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {error}</source>
        <translation>Impossibile scrivere il file {path}: {error}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <source>Protocol of the document</source>
        <translation>Protocollo del documento</translation>
    </message>
    <message>
        <source>{kind}, file {file}.
Write the protocol number and date it was sent with; an empty number clears them.</source>
        <translation>{kind}, file {file}.
Scrivi numero e data di protocollo con cui è stato inviato; un numero vuoto li cancella.</translation>
    </message>
    <message>
        <source>e.g. 0123456</source>
        <translation>es. 0123456</translation>
    </message>
    <message>
        <source>Protocol &amp;number</source>
        <translation>&amp;Numero di protocollo</translation>
    </message>
    <message>
        <source>Protocol &amp;date</source>
        <translation>&amp;Data di protocollo</translation>
    </message>
</context>
<context>
    <name>RankingDialog</name>
    <message>
        <source>Now: computed from the submitted scores</source>
        <translation>Attuale: calcolata dai punteggi inviati</translation>
    </message>
    <message>
        <source>Version {version} of {when}</source>
        <translation>Versione {version} del {when}</translation>
    </message>
    <message>
        <source>approved with {decree}</source>
        <translation>approvata con {decree}</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provvisoria</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approvata</translation>
    </message>
    <message>
        <source>Ranking – {code}</source>
        <translation>Graduatoria – {code}</translation>
    </message>
    <message>
        <source>Budget {budget} · committed {committed} · remaining {remaining}</source>
        <translation>Dotazione {budget} · impegnato {committed} · residuo {remaining}</translation>
    </message>
    <message>
        <source>Select a line to read how its place was decided.</source>
        <translation>Seleziona una riga per leggere come è stata decisa la sua posizione.</translation>
    </message>
    <message>
        <source>Approved with DD n. {number} of {date}.</source>
        <translation>Approvata con DD n. {number} del {date}.</translation>
    </message>
    <message>
        <source>An earlier version, replaced by a later scorrimento.</source>
        <translation>Versione precedente, sostituita da uno scorrimento successivo.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n submitted scoring form(s) missing.</source>
        <translation>
            <numerusform>Graduatoria provvisoria: manca %n scheda inviata.</numerusform>
            <numerusform>Graduatoria provvisoria: mancano %n schede inviate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional ranking: some applications still await their formal check.</source>
        <translation>Graduatoria provvisoria: alcune domande attendono ancora l&apos;istruttoria formale.</translation>
    </message>
    <message>
        <source>It cannot be approved yet.</source>
        <translation>Non può ancora essere approvata.</translation>
    </message>
    <message>
        <source>Complete ranking, computed now from the submitted scores: not approved yet.</source>
        <translation>Graduatoria completa, calcolata ora dai punteggi inviati: non ancora approvata.</translation>
    </message>
    <message>
        <source>Stored ranking, not approved.</source>
        <translation>Graduatoria salvata, non approvata.</translation>
    </message>
    <message>
        <source>The office has not computed the ranking yet: the evaluators cannot see each other&apos;s scores until it does.</source>
        <translation>L&apos;ufficio non ha ancora calcolato la graduatoria: fino ad allora i valutatori non vedono i punteggi degli altri.</translation>
    </message>
    <message>
        <source>Last computed: version {version} of {when}.</source>
        <translation>Ultimo calcolo salvato: versione {version} del {when}.</translation>
    </message>
    <message>
        <source>Version {version}, computed on {when}.</source>
        <translation>Versione {version}, calcolata il {when}.</translation>
    </message>
    <message>
        <source>Scoring forms still to be submitted: the score may change.</source>
        <translation>Schede di valutazione ancora da inviare: il punteggio può cambiare.</translation>
    </message>
    <message>
        <source>Your role cannot compute the ranking.</source>
        <translation>Il tuo ruolo non consente di calcolare la graduatoria.</translation>
    </message>
    <message>
        <source>The ranking is computed while the call is in evaluation.</source>
        <translation>La graduatoria si calcola mentre il bando è in valutazione.</translation>
    </message>
    <message>
        <source>Compute the ranking from the submitted scores and store it: from then on the evaluators see each other&apos;s scores</source>
        <translation>Calcola la graduatoria dai punteggi inviati e la salva: da quel momento i valutatori vedono i punteggi degli altri</translation>
    </message>
    <message>
        <source>Your role cannot approve the ranking.</source>
        <translation>Il tuo ruolo non consente di approvare la graduatoria.</translation>
    </message>
    <message>
        <source>The ranking is already approved.</source>
        <translation>La graduatoria è già approvata.</translation>
    </message>
    <message>
        <source>The ranking is approved while the call is in evaluation.</source>
        <translation>La graduatoria si approva mentre il bando è in valutazione.</translation>
    </message>
    <message>
        <source>A provisional ranking cannot be approved: every scoring form must be submitted.</source>
        <translation>Una graduatoria provvisoria non può essere approvata: tutte le schede di valutazione devono essere inviate.</translation>
    </message>
    <message>
        <source>Compute the ranking before approving it.</source>
        <translation>Calcola la graduatoria prima di approvarla.</translation>
    </message>
    <message>
        <source>Approve the ranking with the decree&apos;s number and date: scores, ranks and grants are frozen</source>
        <translation>Approva la graduatoria con numero e data del decreto: punteggi, posizioni e contributi vengono congelati</translation>
    </message>
    <message>
        <source>Your role cannot record withdrawals or revocations.</source>
        <translation>Il tuo ruolo non consente di registrare rinunce o revoche.</translation>
    </message>
    <message>
        <source>Withdrawals and revocations are recorded on an approved ranking.</source>
        <translation>Rinunce e revoche si registrano su una graduatoria approvata.</translation>
    </message>
    <message>
        <source>Show the latest version to record a withdrawal or revocation.</source>
        <translation>Per registrare una rinuncia o una revoca mostra l&apos;ultima versione.</translation>
    </message>
    <message>
        <source>Select an eligible application of the ranking.</source>
        <translation>Seleziona una domanda idonea della graduatoria.</translation>
    </message>
    <message>
        <source>Record the withdrawal or revocation of the selected application and move its funds down the list: a new version is stored, the approved one is kept</source>
        <translation>Registra la rinuncia o la revoca della domanda selezionata e fa scorrere i fondi liberati lungo la graduatoria: si salva una nuova versione, quella approvata resta</translation>
    </message>
    <message>
        <source>Your role cannot print documents.</source>
        <translation>Il tuo ruolo non consente di stampare documenti.</translation>
    </message>
    <message>
        <source>The outcome letters are printed once the ranking is approved.</source>
        <translation>Le lettere di esito si stampano dopo l&apos;approvazione della graduatoria.</translation>
    </message>
    <message>
        <source>One outcome letter per application of the call, each in its own PDF and all of them in one PDF to print at once</source>
        <translation>Una lettera di esito per ogni domanda del bando, ciascuna in un proprio PDF e tutte insieme in un unico PDF da stampare in una volta</translation>
    </message>
    <message>
        <source>Compute ranking</source>
        <translation>Calcola graduatoria</translation>
    </message>
    <message>
        <source>Once the ranking is computed, the evaluators can see each other&apos;s scores and the means. Compute it now?</source>
        <translation>Una volta calcolata la graduatoria, i valutatori vedono i punteggi degli altri e le medie. Calcolarla ora?</translation>
    </message>
    <message>
        <source>Ranking computed and stored as version {version}.</source>
        <translation>Graduatoria calcolata e salvata come versione {version}.</translation>
    </message>
    <message>
        <source>Approving the ranking freezes it: a snapshot of scores, ranks and grants is stored, every application moves to its outcome and later changes are refused. {committed} committed out of a budget of {budget}.</source>
        <translation>L&apos;approvazione congela la graduatoria: si salva una fotografia di punteggi, posizioni e contributi, ogni domanda passa al suo esito e le modifiche successive sono rifiutate. Impegnati {committed} su una dotazione di {budget}.</translation>
    </message>
    <message>
        <source>Approve the ranking</source>
        <translation>Approva la graduatoria</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>The ranking is approved.</source>
        <translation>La graduatoria è approvata.</translation>
    </message>
    <message>
        <source>Application prot. {protocol} ({lead}), rank {rank}, {outcome}: it leaves the ranking and its funds move down the list. A new version is stored with the decree; the approved one is kept.</source>
        <translation>Domanda prot. {protocol} ({lead}), rango {rank}, {outcome}: esce dalla graduatoria e i suoi fondi scorrono lungo l&apos;elenco. Si salva una nuova versione con il decreto; quella approvata resta.</translation>
    </message>
    <message>
        <source>Withdrawal or revocation</source>
        <translation>Rinuncia o revoca</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Withdrawn: the applicant gave up the grant</source>
        <translation>Ritirata: il soggetto rinuncia al contributo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Version {version} stored.</source>
        <translation>Versione {version} salvata.</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Esporta la graduatoria</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Ranking saved to {path}</source>
        <translation>Graduatoria salvata in {path}</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Graduatoria</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versione</translation>
    </message>
    <message>
        <source>The ranking as computed now, or a stored version: every approved version is kept after a withdrawal or revocation</source>
        <translation>La graduatoria calcolata ora o una versione salvata: dopo una rinuncia o una revoca ogni versione approvata resta consultabile</translation>
    </message>
    <message>
        <source>&amp;Compute ranking</source>
        <translation>&amp;Calcola graduatoria</translation>
    </message>
    <message>
        <source>Criteria on which the evaluators diverge beyond the call&apos;s threshold, and the committee&apos;s consensus scores</source>
        <translation>Criteri su cui i valutatori divergono oltre la soglia del bando e punteggi di consenso della commissione</translation>
    </message>
    <message>
        <source>C&amp;onsensus…</source>
        <translation>C&amp;onsenso…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approva…</translation>
    </message>
    <message>
        <source>&amp;Withdrawal/revocation…</source>
        <translation>&amp;Scorrimento…</translation>
    </message>
    <message>
        <source>Save the ranking shown as an Excel sheet</source>
        <translation>Salva in un foglio Excel la graduatoria mostrata</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Esporta in Excel…</translation>
    </message>
    <message>
        <source>The decree&apos;s annexes A, B and C (funded, eligible not funded, not admitted), in a preview to print or save</source>
        <translation>Gli allegati al decreto A, B e C (finanziate, ammesse non finanziate, non ammissibili e non idonee), in anteprima per stamparli o salvarli</translation>
    </message>
    <message>
        <source>Decree a&amp;nnexes…</source>
        <translation>A&amp;llegati al decreto…</translation>
    </message>
    <message>
        <source>The decree&apos;s annexes as an Excel workbook</source>
        <translation>Gli allegati al decreto in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>Annexes in Exce&amp;l…</source>
        <translation>Allegati in E&amp;xcel…</translation>
    </message>
    <message>
        <source>Outcome le&amp;tters…</source>
        <translation>Le&amp;ttere di esito…</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Posizione nell&apos;elenco</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Rank among the eligible applications</source>
        <translation>Rango tra le domande idonee</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Protocol date</source>
        <translation>Data protocollo</translation>
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
        <source>Score on criterion {code}: the mean of the evaluators, or the consensus</source>
        <translation>Punteggio sul criterio {code}: media dei valutatori o punteggio di consenso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Tie-break</source>
        <translation>Note di parità</translation>
    </message>
    <message>
        <source>The tie-break applied</source>
        <translation>La regola di parità applicata</translation>
    </message>
    <message>
        <source>Scoring forms still to be submitted: the score may change.</source>
        <translation>Schede di valutazione ancora da inviare: il punteggio può cambiare.</translation>
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
    <name>ScoreImport</name>
    <message>
        <source>Import scores from Excel</source>
        <translation>Importa punteggi da Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <source>No changes: the file&apos;s scores are already recorded.</source>
        <translation>Nessuna modifica: i punteggi del file sono già registrati.</translation>
    </message>
    <message>
        <source>Scores imported from {name}:</source>
        <translation>Punteggi importati da {name}:</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) written</source>
        <translation>
            <numerusform>%n punteggio salvato</numerusform>
            <numerusform>%n punteggi salvati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) submitted</source>
        <translation>
            <numerusform>%n scheda inviata</numerusform>
            <numerusform>%n schede inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) created</source>
        <translation>
            <numerusform>%n assegnazione creata</numerusform>
            <numerusform>%n assegnazioni create</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications scored by every evaluator: {protocols}</source>
        <translation>Domande con tutte le schede inviate: {protocols}</translation>
    </message>
    <message>
        <source>The data changed after the preview and the file now has errors: nothing was saved.</source>
        <translation>I dati sono cambiati dopo l&apos;anteprima e ora il file contiene errori: nessun punteggio è stato salvato.</translation>
    </message>
    <message>
        <source>The scores were changed by someone else after the preview: nothing was saved. Repeat the import to see what the file changes now.</source>
        <translation>I punteggi sono stati modificati da un altro utente dopo l&apos;anteprima: nessun punteggio è stato salvato. Ripeti l&apos;importazione per vedere che cosa cambia ora il file.</translation>
    </message>
</context>
<context>
    <name>ScoreImportDialog</name>
    <message>
        <source>Import scores from Excel</source>
        <translation>Importa punteggi da Excel</translation>
    </message>
    <message>
        <source>{name}: workbook of the evaluator {evaluator}, call {code}</source>
        <translation>{name}: cartella di lavoro del valutatore {evaluator}, bando {code}</translation>
    </message>
    <message>
        <source>{name}: scores sheet, call {code}</source>
        <translation>{name}: foglio dei punteggi, bando {code}</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Comment now</source>
        <translation>Commento attuale</translation>
    </message>
    <message>
        <source>Comment after the import</source>
        <translation>Commento dopo l&apos;importazione</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct in the file:</source>
        <translation>
            <numerusform>%n errore da correggere nel file:</numerusform>
            <numerusform>%n errori da correggere nel file:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be written until every error is corrected: correct the file and import it again.</source>
        <translation>Nulla sarà salvato finché ogni errore non sarà corretto: correggi il file e importalo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>Scores that will be written (%n):</source>
        <translation>
            <numerusform>Punteggio che sarà salvato (%n):</numerusform>
            <numerusform>Punteggi che saranno salvati (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the file&apos;s scores are already recorded.</source>
        <translation>Nessuna modifica: i punteggi del file sono già registrati.</translation>
    </message>
    <message>
        <source>Nothing is saved yet: Import writes every change at once. Imported scores count as submitted forms.</source>
        <translation>Nulla è ancora salvato: Importa salva tutte le modifiche in una volta sola. I punteggi importati valgono come schede inviate.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n riga letta</numerusform>
            <numerusform>%n righe lette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n riga con errori</numerusform>
            <numerusform>%n righe con errori</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation>Il file non può essere importato così com&apos;è.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) changed</source>
        <translation>
            <numerusform>%n punteggio cambiato</numerusform>
            <numerusform>%n punteggi cambiati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) become submitted</source>
        <translation>
            <numerusform>%n scheda diventa inviata</numerusform>
            <numerusform>%n schede diventano inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) created</source>
        <translation>
            <numerusform>%n assegnazione creata</numerusform>
            <numerusform>%n assegnazioni create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) fully scored</source>
        <translation>
            <numerusform>%n domanda con tutte le schede inviate</numerusform>
            <numerusform>%n domande con tutte le schede inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) left blank, skipped</source>
        <translation>
            <numerusform>%n foglio lasciato vuoto, non importato</numerusform>
            <numerusform>%n fogli lasciati vuoti, non importati</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms that become submitted: {forms}</source>
        <translation>Schede che diventano inviate: {forms}</translation>
    </message>
    <message>
        <source>New assignments: {forms}</source>
        <translation>Nuove assegnazioni: {forms}</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) of no conflict of interest will be recorded.</source>
        <translation>
            <numerusform>Sarà registrata %n dichiarazione di assenza di conflitti di interessi.</numerusform>
            <numerusform>Saranno registrate %n dichiarazioni di assenza di conflitti di interessi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications scored by every evaluator after the import: {protocols}</source>
        <translation>Domande con tutte le schede inviate dopo l&apos;importazione: {protocols}</translation>
    </message>
    <message>
        <source>Sheets left blank, not imported: {sheets}</source>
        <translation>Fogli lasciati vuoti, non importati: {sheets}</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>Colonne ignorate: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Points unchanged</source>
        <translation>Punteggio invariato</translation>
    </message>
</context>
<context>
    <name>ScoringFormDialog</name>
    <message>
        <source>Scoring form</source>
        <translation>Scheda di valutazione</translation>
    </message>
    <message>
        <source>Scoring form — {protocol} — {evaluator}</source>
        <translation>Scheda di valutazione — {protocol} — {evaluator}</translation>
    </message>
    <message>
        <source>prot. {protocol} of {date}</source>
        <translation>prot. {protocol} del {date}</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (tu)</translation>
    </message>
    <message>
        <source>Conflict of interest declared on {when}</source>
        <translation>Conflitto di interessi dichiarato il {when}</translation>
    </message>
    <message>
        <source>no conflict of interest declared on {when}</source>
        <translation>assenza di conflitti dichiarata il {when}</translation>
    </message>
    <message>
        <source>submitted on {when}</source>
        <translation>inviata il {when}</translation>
    </message>
    <message>
        <source>reopened by the office on {when}: «{reason}»</source>
        <translation>riaperta dall&apos;ufficio il {when}: «{reason}»</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(nessuna sintesi)</translation>
    </message>
    <message>
        <source>Requested grant: {grant} · Total cost: {cost}</source>
        <translation>Contributo richiesto: {grant} · Costo totale: {cost}</translation>
    </message>
    <message>
        <source>Points from 0 to the criterion&apos;s maximum, in half points (e.g. 7,5). A score below the criterion&apos;s minimum needs a comment saying why.</source>
        <translation>Punti da 0 al massimo del criterio, con mezzi punti (es. 7,5). Un punteggio sotto la soglia minima del criterio richiede un commento che ne spieghi il motivo.</translation>
    </message>
    <message>
        <source>This call asks for a comment on every criterion.</source>
        <translation>Questo bando chiede un commento per ogni criterio.</translation>
    </message>
    <message>
        <source>A conflict of interest was declared on this application: the form is blocked and the application is not shown. The declaration is kept.</source>
        <translation>Su questa domanda è stato dichiarato un conflitto di interessi: la scheda è bloccata e la domanda non viene mostrata. La dichiarazione resta agli atti.</translation>
    </message>
    <message>
        <source>The conflict, as described:</source>
        <translation>Il conflitto, come descritto:</translation>
    </message>
    <message>
        <source>Before reading the application, declare whether you are in a conflict of interest with its lead applicant or its partners. The declaration is dated and kept.</source>
        <translation>Prima di leggere la domanda, dichiara se ti trovi in conflitto di interessi con il capofila o con i partner. La dichiarazione viene datata e conservata.</translation>
    </message>
    <message>
        <source>{name} has not made the declaration yet. You may record it on their behalf (e.g. received signed on paper): it is dated and logged with your name.</source>
        <translation>{name} non ha ancora reso la dichiarazione. Puoi registrarla per suo conto (ad esempio se ricevuta firmata su carta): viene datata e registrata con il tuo nome.</translation>
    </message>
    <message>
        <source>{name} has not made the declaration on conflicts of interest yet.</source>
        <translation>{name} non ha ancora reso la dichiarazione sui conflitti di interessi.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>maximum {max}</source>
        <translation>massimo {max}</translation>
    </message>
    <message>
        <source>minimum {min}</source>
        <translation>soglia minima {min}</translation>
    </message>
    <message>
        <source>Points on criterion {code}</source>
        <translation>Punti sul criterio {code}</translation>
    </message>
    <message>
        <source>Comment on criterion {code}</source>
        <translation>Commento al criterio {code}</translation>
    </message>
    <message>
        <source>Conflict of interest declared on {when}: this form is blocked.</source>
        <translation>Conflitto di interessi dichiarato il {when}: la scheda è bloccata.</translation>
    </message>
    <message>
        <source>Submitted on {when}: the form can no longer be changed</source>
        <translation>Inviata il {when}: la scheda non può più essere modificata</translation>
    </message>
    <message>
        <source>(the evaluation office can reopen it).</source>
        <translation>(può riaprirla l&apos;ufficio).</translation>
    </message>
    <message>
        <source>The call is «{status}»: the form can no longer be changed.</source>
        <translation>Il bando è «{status}»: la scheda non può più essere modificata.</translation>
    </message>
    <message>
        <source>Read only: only the evaluator and the evaluation office change this form.</source>
        <translation>Sola lettura: possono modificare la scheda solo il valutatore e l&apos;ufficio.</translation>
    </message>
    <message>
        <source>Reopened by the office on {when}: «{reason}». Correct the form and submit it again.</source>
        <translation>Riaperta dall&apos;ufficio il {when}: «{reason}». Correggi la scheda e inviala di nuovo.</translation>
    </message>
    <message>
        <source>Comment required: the score is below the criterion&apos;s minimum ({min}).</source>
        <translation>Commento obbligatorio: il punteggio è sotto la soglia minima del criterio ({min}).</translation>
    </message>
    <message>
        <source>Required comment</source>
        <translation>Commento obbligatorio</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commento (facoltativo)</translation>
    </message>
    <message>
        <source>Total: {total} / {maximum}</source>
        <translation>Totale: {total} / {maximum}</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to correct (marked in red)</source>
        <translation>
            <numerusform>%n punteggio da correggere (in rosso)</numerusform>
            <numerusform>%n punteggi da correggere (in rosso)</numerusform>
        </translation>
    </message>
    <message>
        <source>The scoring form was changed. Save it as a draft?</source>
        <translation>La scheda di valutazione è stata modificata. Salvarla come bozza?</translation>
    </message>
    <message>
        <source>Criterion {code}: {problem}</source>
        <translation>Criterio {code}: {problem}</translation>
    </message>
    <message>
        <source>Correct the scores marked in red:</source>
        <translation>Correggi i punteggi segnati in rosso:</translation>
    </message>
    <message>
        <source>Form not found</source>
        <translation>Scheda non trovata</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <source>The draft was not saved:</source>
        <translation>La bozza non è stata salvata:</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Bozza salvata.</translation>
    </message>
    <message>
        <source>Submit the form</source>
        <translation>Invia la scheda</translation>
    </message>
    <message>
        <source>The form was not submitted:</source>
        <translation>La scheda non è stata inviata:</translation>
    </message>
    <message>
        <source>Submit the form with a total of {total}? After submission the form cannot be changed: only the evaluation office can reopen it.</source>
        <translation>Inviare la scheda con un totale di {total}? Dopo l&apos;invio la scheda non può più essere modificata: può riaprirla solo l&apos;ufficio.</translation>
    </message>
    <message>
        <source>Describe the conflict of interest (with whom and why): the note is required.</source>
        <translation>Descrivi il conflitto di interessi (con chi e perché): la nota è obbligatoria.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Dichiarazione di conflitto di interessi</translation>
    </message>
    <message>
        <source>Declare a conflict of interest on the application {protocol}? The form is blocked, the conflict is recorded with the lead applicant and the partners, and the application is given to another member of the committee.</source>
        <translation>Dichiarare un conflitto di interessi sulla domanda {protocol}? La scheda viene bloccata, il conflitto viene registrato con il capofila e i partner e la domanda passa a un altro componente della commissione.</translation>
    </message>
    <message>
        <source>The application was given to {names} instead.</source>
        <translation>La domanda è stata assegnata al suo posto a {names}.</translation>
    </message>
    <message>
        <source>No other member of the committee is free of conflicts with this application: the office has to find a replacement.</source>
        <translation>Nessun altro componente della commissione è libero da conflitti su questa domanda: l&apos;ufficio dovrà trovare un sostituto.</translation>
    </message>
    <message>
        <source>Declaration on conflicts of interest</source>
        <translation>Dichiarazione sui conflitti di interessi</translation>
    </message>
    <message>
        <source>Reopen form</source>
        <translation>Riapri scheda</translation>
    </message>
    <message>
        <source>The form of {name} goes back to draft, so that it can be corrected and submitted again. Write why: the reason is logged with your name.</source>
        <translation>La scheda di {name} torna in bozza, per essere corretta e inviata di nuovo. Scrivi il motivo: viene registrato con il tuo nome.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Bando:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Domanda:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Lead applicant:</source>
        <translation>Capofila:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Valutatore:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>If you have a conflict of interest, describe it (with whom and why):</source>
        <translation>Se ti trovi in conflitto di interessi, descrivilo (con chi e perché):</translation>
    </message>
    <message>
        <source>e.g. I am a member of the lead applicant&apos;s board</source>
        <translation>es. sono nel consiglio direttivo del capofila</translation>
    </message>
    <message>
        <source>I declare &amp;no conflict of interest</source>
        <translation>Dichiaro l&apos;&amp;assenza di conflitti di interessi</translation>
    </message>
    <message>
        <source>I declare a &amp;conflict…</source>
        <translation>Dichiaro un &amp;conflitto…</translation>
    </message>
    <message>
        <source>Summary of the project</source>
        <translation>Sintesi del progetto</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punteggi</translation>
    </message>
    <message>
        <source>Take the submitted form back to draft, with a written reason (logged)</source>
        <translation>Riporta in bozza la scheda inviata, con un motivo scritto (registrato)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Riapri…</translation>
    </message>
    <message>
        <source>Keep what you wrote, to go on later; a draft may be incomplete</source>
        <translation>Conserva quanto scritto per riprendere più tardi; una bozza può essere incompleta</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Salva &amp;bozza</translation>
    </message>
    <message>
        <source>Send the complete form to the office: after that it cannot be changed</source>
        <translation>Invia all&apos;ufficio la scheda completa: dopo l&apos;invio non può più essere modificata</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Invia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
    <name>WorkbookExport</name>
    <message>
        <source>Export evaluator workbooks</source>
        <translation>Esporta le cartelle dei valutatori</translation>
    </message>
    <message>
        <source>Folder for the evaluator workbooks</source>
        <translation>Cartella in cui salvare le cartelle di lavoro dei valutatori</translation>
    </message>
    <message>
        <source>Writing the evaluators&apos; workbooks…</source>
        <translation>Scrittura delle cartelle di lavoro dei valutatori…</translation>
    </message>
    <message>
        <source>Writing your workbook…</source>
        <translation>Scrittura della tua cartella di lavoro…</translation>
    </message>
    <message>
        <source>No evaluator has applications to score in this call: no file was written.</source>
        <translation>Nessun valutatore ha domande da valutare in questo bando: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Send each evaluator their workbook; once filled in, read it back with «Import scores…».</source>
        <translation>Invia a ogni valutatore la sua cartella di lavoro; una volta compilata, importala con «Importa punteggi…».</translation>
    </message>
    <message>
        <source>Answer the declaration, fill in points and comments, then read it back with «Import scores…».</source>
        <translation>Rispondi alla dichiarazione, inserisci punteggi e commenti, poi importala con «Importa punteggi…».</translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) saved in {folder}:</source>
        <translation>
            <numerusform>%n cartella di lavoro salvata in {folder}:</numerusform>
            <numerusform>%n cartelle di lavoro salvate in {folder}:</numerusform>
        </translation>
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
