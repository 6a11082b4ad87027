"""The password rule: length, kinds of characters, the username, common passwords; Italian messages."""

from __future__ import annotations

import pytest

from coop_desktop.demo_data.users import DEMO_PASSWORD, USERS
from coop_desktop.domain.passwords import MIN_LENGTH, character_kinds, check_password


@pytest.mark.parametrize(
    "password",
    ["Xk7-pL9q-Wz", "tramonto sul Po 7", "Bandi&Graduatorie", "9rondini.Volano", "Niccolò-è-qui-42"],
)
def test_strong_passwords_pass(password: str) -> None:
    assert check_password(password, "mrossi") == []


def test_too_short() -> None:
    assert check_password("Ab1-xyz", "") == [f"La password deve avere almeno {MIN_LENGTH} caratteri."]


@pytest.mark.parametrize("password", ["tuttominuscolo", "1234567890123", "SOLOMAIUSCOLE", "minuscole12345"])
def test_one_or_two_kinds_are_not_enough(password: str) -> None:
    [message] = check_password(password, "")
    assert message.startswith("La password deve contenere almeno tre tipi di caratteri")


def test_character_kinds() -> None:
    assert character_kinds("abc") == 1
    assert character_kinds("aB3") == 3
    assert character_kinds("aB3 ") == 4  # a space is a symbol


def test_may_not_contain_the_username_in_any_case() -> None:
    assert check_password("Mario.MRossi-2", "mrossi") == ["La password non deve contenere il nome utente."]
    assert check_password("Mario.MRossi-2", "  MRossi ") == ["La password non deve contenere il nome utente."]
    # A username too short to mean anything is not looked for.
    assert check_password("Xk7-pL9q-Wz", "xk") == []


@pytest.mark.parametrize(
    "password",
    [
        "Password123!",
        "P@ssw0rd2024",
        "Firenze-2025",
        "123Qwerty!!",
        "Toscana.2024",
        "Qwerty123456",
        "Welcome123!",
    ],
)
def test_common_passwords_and_words_are_refused(password: str) -> None:
    assert check_password(password, "") == [
        "La password è troppo comune o facile da indovinare: scegline un'altra."
    ]


def test_repeated_characters_are_refused() -> None:
    assert check_password("Aa1!Aa1!Aa1!", "") == ["La password ripete troppo pochi caratteri diversi."]


def test_every_problem_is_reported_at_once() -> None:
    assert len(check_password("abc", "")) == 2


def test_empty_password_reports_only_its_length() -> None:
    assert check_password("", "mrossi") == [f"La password deve avere almeno {MIN_LENGTH} caratteri."]


def test_the_documented_demo_password_follows_the_rule() -> None:
    for username, _name, _role in USERS:
        assert check_password(DEMO_PASSWORD, username) == []
