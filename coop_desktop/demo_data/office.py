"""The office profile of the demo (its user accounts are in demo_data.users)."""

from __future__ import annotations

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
