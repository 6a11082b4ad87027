"""Evaluators' rationales (motivazioni) for the demo scores, by criterion and level."""

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
# fmt: on
