<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <source>List the archived actors instead of the active ones</source>
        <translation>Elenca i soggetti archiviati al posto di quelli attivi</translation>
    </message>
    <message>
        <source>Show archived only</source>
        <translation>Mostra solo archiviati</translation>
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
    <name>MainWindow</name>
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
        <source>&amp;About Coop Desktop</source>
        <translation>&amp;Informazioni su Coop Desktop</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The office details were changed. Save the changes?</source>
        <translation>I dati dell&apos;ufficio sono stati modificati. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Modificati da un altro utente</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Reloading discards the changes made in this window.</source>
        <translation>Ricaricando si perdono le modifiche fatte in questa finestra.</translation>
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
</TS>
