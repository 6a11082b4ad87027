"""The office profile and the user accounts of the demo (invented people)."""

from __future__ import annotations

from coop_desktop.domain.enums import UserRole

OFFICE = {
    "office_name": "Settore Attività Internazionali e di Attrazione degli investimenti",
    "department": "Regione Toscana - Direzione Attività produttive",
    "address": "Via Pico della Mirandola 22-24",
    "postal_code": "50132",
    "city": "Firenze",
    "province": "FI",
    "pec": "regionetoscana@postacert.toscana.it",
    "email": "cooperazione.internazionale@regione.toscana.it",
    "phone": "055 4382111",
    "head_of_office": "Dott. Giovanni Bartolini",
    "procedure_manager": "Dott.ssa Laura Pratesi",
}

# (username, full name, role); the evaluators are listed first, the first one chairs the committees.
USERS = (
    ("cbenvenuti", "Chiara Benvenuti", UserRole.VALUTATORE),
    ("mfalorni", "Marco Falorni", UserRole.VALUTATORE),
    ("slotti", "Silvia Lotti", UserRole.VALUTATORE),
    ("lgalli", "Lorenzo Galli", UserRole.ISTRUTTORE),
    ("emarchetti", "Elena Marchetti", UserRole.AMMINISTRATORE),
)
