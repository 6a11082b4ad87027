"""The user accounts of the demo (invented people), one per role, all with the same documented password.

`coop-desktop init --demo` prints them, and README.md lists them: a newcomer logs in as emarchetti to
see everything, or as one of the others to see what each role may do. Never use them on real data.
"""

from __future__ import annotations

from coop_desktop.domain.enums import UserRole

# Satisfies the password rule (coop_desktop.domain.passwords), so the login screen accepts it as is.
DEMO_PASSWORD = "Demo-Toscana-1"

# (username, full name, role); the evaluators are listed first, the first one chairs the committees.
# The closed call asks three forms per application, so the demo has three valutatori.
USERS = (
    ("cbenvenuti", "Chiara Benvenuti", UserRole.VALUTATORE),
    ("mfalorni", "Marco Falorni", UserRole.VALUTATORE),
    ("slotti", "Silvia Lotti", UserRole.VALUTATORE),
    ("lgalli", "Lorenzo Galli", UserRole.ISTRUTTORE),
    ("emarchetti", "Elena Marchetti", UserRole.AMMINISTRATORE),
    ("pconti", "Paolo Conti", UserRole.CONSULTAZIONE),
)
