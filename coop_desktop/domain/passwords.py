"""The password rule of local accounts: what a password must be, with messages in Italian.

A password needs at least MIN_LENGTH characters of at least three kinds (lower case, upper case,
digits, symbols), must not contain the username, and must not be a well-known password or one of
the words everybody in the office would try first, with digits and symbols around it
("Password2024!", "Firenze-2025", "P@ssw0rd123").
"""

from __future__ import annotations

import re

MIN_LENGTH = 10
# argon2 hashes any length; the cap only keeps a pasted novel out of the hasher.
MAX_LENGTH = 128
MIN_KINDS = 3
# Fewer different characters than this reads as a pattern ("Aa1!Aa1!Aa1!").
MIN_DISTINCT = 5

# Whole passwords from the lists of the most used ones that satisfy length and kinds anyway.
COMMON_PASSWORDS = frozenset(
    {
        "password1!", "password123", "password1234", "passw0rd123", "p@ssw0rd123", "p@ssword123",
        "qwerty1234!", "qwertyuiop1", "qwerty123456", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx3edc",
        "zaq12wsxcde3", "abcd1234!!", "abc123456!", "welcome123!", "iloveyou123", "admin12345!",
        "changeme123", "letmein123!", "q1w2e3r4t5", "q1w2e3r4t5y6", "aa123456789", "a1b2c3d4e5",
    }
)  # fmt: skip

# Words that make a password guessable whatever digits and symbols surround them: compared with the
# password's letters alone, lower case, also after undoing the usual substitutions (P@ssw0rd).
COMMON_WORDS = frozenset(
    {
        "password", "passwort", "parola", "parolachiave", "chiave", "segreto", "accesso",
        "admin", "administrator", "amministratore", "root", "utente", "user", "login", "welcome",
        "benvenuto", "benvenuti", "ciao", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm",
        "abc", "abcd", "abcdef", "iloveyou", "tiamo", "letmein", "changeme", "cambiami", "prova",
        "test", "demo", "toscana", "firenze", "regione", "regionetoscana", "cooperazione", "coop",
        "italia", "juventus", "fiorentina", "milan", "inter", "napoli", "roma", "lazio", "ufficio",
        "estate", "inverno", "primavera", "autunno", "gennaio", "febbraio", "marzo", "aprile",
        "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    }
)  # fmt: skip

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_NOT_LETTERS = re.compile(r"[^a-zà-ÿ]+")
# Digits and symbols around the word: "2024!" in "Firenze2024!".
_AROUND = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def character_kinds(password: str) -> int:
    """How many of lower case, upper case, digits and symbols the password uses."""
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def _is_common(password: str) -> bool:
    lower = password.lower()
    if lower in COMMON_PASSWORDS:
        return True
    middle = _AROUND.sub("", lower)
    cores = {_NOT_LETTERS.sub("", lower), _NOT_LETTERS.sub("", middle.translate(_LEET))}
    return any(core in COMMON_WORDS for core in cores)


def check_password(password: str, username: str = "") -> list[str]:
    """Every reason, in Italian, why `password` may not be used by `username`; [] when it is fine."""
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(f"La password deve avere almeno {MIN_LENGTH} caratteri.")
    elif len(password) > MAX_LENGTH:
        problems.append(f"La password può avere al massimo {MAX_LENGTH} caratteri.")
    if password and character_kinds(password) < MIN_KINDS:
        problems.append(
            "La password deve contenere almeno tre tipi di caratteri tra lettere minuscole, "
            "lettere maiuscole, cifre e simboli."
        )
    name = username.strip().lower()
    if len(name) >= 3 and name in password.lower():
        problems.append("La password non deve contenere il nome utente.")
    if problems:
        # The finer checks wait until the basic ones pass: one or two messages at a time while typing.
        return problems
    if len(set(password)) < MIN_DISTINCT:
        problems.append("La password ripete troppo pochi caratteri diversi.")
    elif _is_common(password):
        problems.append("La password è troppo comune o facile da indovinare: scegline un'altra.")
    return problems
