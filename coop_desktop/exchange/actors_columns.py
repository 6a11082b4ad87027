"""The columns of an actors sheet: one list for the importer, the export and the template.

Exported headers are the labels, which the importer accepts, so an export re-imports as it is.
"""

from __future__ import annotations

from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS
from coop_desktop.domain.enums import ActorType
from coop_desktop.exchange.headers import Column, HeaderSpec

SHEET_TITLE = "Soggetti"

_TYPES = ", ".join(f"«{t.label}»" for t in ActorType)
_L = ACTOR_FIELD_LABELS

ACTOR_COLUMNS = HeaderSpec(
    [
        Column(
            "name", _L["name"],
            ("Ragione sociale", "Denominazione sociale", "Nome", "Nome ente", "Ente", "Soggetto",
             "Organizzazione"),
            required=True, width=40, hint="Testo, al massimo 300 caratteri.",
        ),
        Column(
            "actor_type", _L["actor_type"], ("Tipo", "Tipo soggetto", "Tipologia soggetto", "Categoria"),
            required=True, width=24, hint=f"Uno di: {_TYPES}.",
        ),
        Column(
            "legal_form", _L["legal_form"], ("Natura giuridica",), width=20,
            hint="Testo libero (es. APS, ODV, cooperativa sociale).",
        ),
        Column(
            "tax_code", _L["tax_code"],
            ("C.F.", "CF", "Cod. fiscale", "Cod. fisc.", "Codice fiscale ente"),
            required=True, width=18,
            hint="11 cifre per enti e società, 16 caratteri per le persone; obbligatorio per i soggetti "
            "italiani, vuoto per quelli esteri. Gli zeri iniziali persi da Excel vengono ripristinati. "
            "Un codice già registrato o ripetuto nel file non viene importato di nuovo.",
        ),
        Column(
            "vat_number", _L["vat_number"], ("P.IVA", "P. IVA", "PIVA", "Partita I.V.A."), width=16,
            hint="Facoltativa: 11 cifre (anche con il prefisso IT).",
        ),
        Column("address", _L["address"], ("Sede", "Sede legale", "Via"), width=32, hint="Facoltativo."),
        Column(
            "postal_code", _L["postal_code"], ("C.A.P.", "Codice postale"), width=8,
            hint="Facoltativo: 5 cifre per i soggetti italiani.",
        ),
        Column("municipality", _L["municipality"], ("Città", "Località"), width=20, hint="Facoltativo."),
        Column(
            "province", _L["province"], ("Prov.", "Sigla provincia"), width=10,
            hint="Facoltativa: sigla di due lettere di una provincia italiana (es. FI, PO, PI); "
            "non controllata per i soggetti esteri.",
        ),
        Column(
            "country_code", _L["country_code"], ("Nazione", "Stato", "Codice paese"), width=8,
            hint="Facoltativo: codice ISO di due lettere (IT se vuoto; es. SN, MA per i soggetti esteri).",
        ),
        Column(
            "email", _L["email"], ("E-mail", "Mail", "Posta elettronica", "Indirizzo email"), width=28,
            hint="Facoltativa: un indirizzo e-mail valido.",
        ),
        Column(
            "pec", _L["pec"],
            ("Posta certificata", "Posta elettronica certificata", "Indirizzo PEC", "Email PEC"),
            width=28, hint="Facoltativa: un indirizzo e-mail valido.",
        ),
        Column(
            "phone", _L["phone"], ("Tel.", "Tel", "Cellulare", "Recapito telefonico"), width=16,
            hint="Facoltativo: testo libero.",
        ),
        Column(
            "website", _L["website"], ("Sito", "Web", "Sito internet"), width=28, hint="Facoltativo.",
        ),
        Column(
            "legal_representative", _L["legal_representative"], ("Legale rappresentante",), width=28,
            hint="Facoltativo: nome e cognome.",
        ),
        Column("notes", _L["notes"], ("Annotazioni", "Osservazioni"), width=40, hint="Facoltative."),
    ]
)  # fmt: skip

# Columns holding codes: written as text so leading zeros survive, typed as text in the template.
CODE_FIELDS = frozenset({"tax_code", "vat_number", "postal_code", "phone"})
