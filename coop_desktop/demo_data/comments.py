"""Evaluators' rationales (motivazioni) for the demo scores, by call grid, criterion and level."""

from __future__ import annotations

# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
# Criterion code -> (high: >= 80% of the maximum, fair: >= 60%, weak) -> two wordings, so that the
# three evaluators of one project do not all write the same sentence.
SCORE_COMMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "A": (
        ("Obiettivi chiari e coerenti con i bisogni del territorio; quadro logico solido.",
         "Attività, risultati e indicatori ben collegati; cronogramma realistico."),
        ("Impianto coerente, ma alcuni indicatori sono poco misurabili.",
         "Analisi dei bisogni adeguata; il cronogramma andrebbe dettagliato meglio."),
        ("Analisi del contesto generica e obiettivi non sempre coerenti con le attività.",
         "Quadro logico debole: risultati attesi poco definiti."),
    ),
    "B": (
        ("Partenariato ampio e ben radicato, ruoli chiari e partner locale affidabile.",
         "Ottimo coinvolgimento del partner locale e dei soggetti toscani."),
        ("Partenariato adeguato, ruoli dei partner toscani da precisare.",
         "Buona la relazione con il partner locale, limitato il ruolo degli altri partner."),
        ("Partenariato ridotto e ruoli poco definiti.",
         "Il partner locale non risulta coinvolto nella progettazione."),
    ),
    "C": (
        ("Sostenibilità dopo la fine del progetto ben argomentata; impatto misurabile.",
         "Buone prospettive di continuità e di replicabilità dei risultati."),
        ("Impatto atteso plausibile, sostenibilità economica da rafforzare.",
         "Sostenibilità istituzionale presente, finanziaria solo accennata."),
        ("Strategia di uscita assente e impatto difficilmente verificabile.",
         "Sostenibilità non dimostrata oltre la durata del finanziamento."),
    ),
}

# The co-development call's grid (coop_desktop.demo_data.codev): the same levels and two wordings.
CODEV_COMMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "A": (
        ("Proposta chiara e coerente con i bisogni della comunità di origine; quadro logico solido.",
         "Obiettivi, attività e indicatori ben collegati; cronogramma realistico."),
        ("Impianto coerente, ma alcuni indicatori sono poco misurabili.",
         "Analisi dei bisogni adeguata; il piano di lavoro andrebbe dettagliato meglio."),
        ("Analisi del contesto generica e obiettivi non sempre coerenti con le attività.",
         "Quadro logico debole: risultati attesi poco definiti e non misurabili."),
    ),
    "B": (
        ("L'associazione della diaspora guida il progetto con ruoli chiari; partner locale affidabile.",
         "Ottimo il legame tra la comunità in Toscana e il partner nel Paese di origine."),
        ("Ruolo dell'associazione della diaspora presente, ma da rafforzare nella gestione.",
         "Buona la relazione con il partner locale, limitato il ruolo dei partner toscani."),
        ("L'associazione della diaspora ha un ruolo marginale, quasi solo di intermediazione.",
         "Partenariato poco strutturato: ruoli e responsabilità non definiti."),
    ),
    "C": (
        ("Ricadute concrete sia nel territorio di origine sia nella comunità in Toscana.",
         "Beneficiari ben individuati; buon coinvolgimento dei giovani e delle donne."),
        ("Impatto atteso plausibile, ricadute in Toscana solo accennate.",
         "Benefici chiari per il territorio di origine, meno per la comunità in Toscana."),
        ("Ricadute difficilmente verificabili e beneficiari poco definiti.",
         "Impatto limitato a poche persone, senza effetti duraturi sul territorio."),
    ),
    "D": (
        ("Cofinanziamento solido, anche con rimesse collettive della diaspora; continuità credibile.",
         "Buone prospettive di autosostenibilità economica dopo la fine del progetto."),
        ("Sostenibilità economica plausibile, ma da dimostrare con un piano di gestione.",
         "Cofinanziamento adeguato, in gran parte valorizzato e non monetario."),
        ("Strategia di uscita assente e sostenibilità non dimostrata.",
         "Cofinanziamento appena sufficiente e senza un piano di continuità."),
    ),
}
# fmt: on
