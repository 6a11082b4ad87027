"""Letter templates: the sandboxed engine, its Italian errors, the mark-up, the office's stored versions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import LetterTemplate
from coop_desktop.printing.letter_templates import (
    FIELDS,
    KIND_LABELS,
    TEMPLATE_KINDS,
    LetterText,
    TemplateProblem,
    allowed_fields,
    blocks_html,
    default_template,
    parse_markup,
    render,
    render_letter,
    sample_context,
)
from coop_desktop.services.errors import ConcurrentEditError, PermissionDenied, ServiceError, ValidationErrors
from coop_desktop.services.letter_templates import LetterTemplateService, current_templates
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

# -- the shipped defaults --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_every_default_renders_with_the_fields_of_its_letter(kind: str) -> None:
    title, body = default_template(kind)
    letter = render_letter(title, body, sample_context(kind), kind=kind)
    text = _plain(letter)
    assert letter.title.startswith("Bando COOP-2025 – ") and "prot. n. 2025/0238022" in letter.title
    assert f"Oggetto: {letter.title}" in text
    assert "Spett.le" in text and "PEC: associazione.esempio@pec.it" in text
    assert "Il Dirigente\nDott. Mario Rossi" in text
    assert "Dott.ssa Anna Bianchi" in text  # the responsabile del procedimento
    assert "{{" not in text and "{%" not in text and "**" not in text
    # The recipient and the signature sit in the right-hand column; the body is made of paragraphs.
    styles = [style for style, _ in letter.blocks]
    assert styles[1] == "r" and styles[-1] == "r" and styles.count("p") >= 4


def test_defaults_cite_the_law_where_it_applies() -> None:
    texts = {kind: _plain(_sample_letter(kind)) for kind in TEMPLATE_KINDS}
    assert "artt. 7 e 8 della Legge 7 agosto 1990, n. 241" in texts["avvio"]
    assert "art. 6, comma 1, lett. b), della Legge 7 agosto 1990, n. 241" in texts["integrazioni"]
    assert "entro e non oltre il 09/04/2026" in texts["integrazioni"]
    assert "art. 10-bis della Legge 7 agosto 1990, n. 241" in texts["preavviso"]
    assert "10 giorni" in texts["preavviso"]
    finanziata = texts["esito_finanziata"]
    assert "€ 40.000,00" in finanziata and "D19I25012070002" in finanziata
    assert "cofinanziamento a carico di codesto soggetto di € 12.500,00" in finanziata
    assert "accettazione del contributo" in finanziata
    assert (
        "€ 20.500,00" in texts["esito_parziale"]
        and "quota non finanziata: € 19.500,00" in texts["esito_parziale"]
    )
    assert "12° posto" in texts["esito_non_finanziata"] and "esaurimento" in texts["esito_non_finanziata"]
    assert (
        "58,50" in texts["esito_non_idonea"]
        and "inferiore al minimo di 20,00 punti" in texts["esito_non_idonea"]
    )
    assert "supera il contributo massimo del bando" in texts["esito_non_ammissibile"]
    for kind in ("esito_parziale", "esito_non_finanziata", "esito_non_idonea", "esito_non_ammissibile"):
        assert "Tribunale amministrativo regionale per la Toscana" in texts[kind]


def test_every_kind_has_a_label_and_fields_in_italian() -> None:
    assert set(KIND_LABELS) == set(FIELDS) == set(TEMPLATE_KINDS)
    for kind in TEMPLATE_KINDS:
        assert set(sample_context(kind)) >= set(FIELDS[kind]), kind
        assert all(description and description[0].isupper() for description in FIELDS[kind].values())
    assert "motivi" in FIELDS["preavviso"] and "giorni_risposta" in FIELDS["preavviso"]
    assert "scadenza_integrazioni" in FIELDS["integrazioni"]
    assert {"contributo_concesso", "cup", "cofinanziamento_concesso"} <= set(FIELDS["esito_finanziata"])
    assert {"posizione", "punteggio"} <= set(FIELDS["esito_non_finanziata"])
    assert {"punteggio", "soglia_minima", "elenco_soglie"} <= set(FIELDS["esito_non_idonea"])
    assert "elenco_motivi" in FIELDS["esito_non_ammissibile"]
    assert "oggetto" in allowed_fields("avvio", "body") and "oggetto" not in allowed_fields("avvio", "title")


# -- errors in Italian, never a traceback ------------------------------------------------------------------


def test_an_unknown_field_is_named_with_its_line() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render("Spett.le\n{{ destinatario }}\n{{ destinatari }}", sample_context("avvio"), kind="avvio")
    problem = caught.value
    assert (problem.field, problem.line, problem.part) == ("destinatari", 3, "body")
    assert problem.text == "Testo, riga 3: campo sconosciuto «destinatari»: scegli un campo dall'elenco"


def test_an_unknown_field_in_a_branch_not_taken_is_found_all_the_same() -> None:
    source = "{% if pec_destinatario %}\nPEC\n{% else %}\n{{ fax }}\n{% endif %}"
    with pytest.raises(TemplateProblem) as caught:
        render(source, sample_context("avvio"), kind="avvio")
    assert caught.value.field == "fax" and caught.value.line == 4


def test_without_a_kind_the_context_decides() -> None:
    assert render("{{ a }} e {{ b }}", {"a": 1, "b": "due"}) == "1 e due"
    with pytest.raises(TemplateProblem) as caught:
        render("riga\n{{ c }}", {"a": 1})
    assert caught.value.field == "c" and caught.value.line == 2


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("Testo\n{% if %}", 2, "manca un'espressione"),
        ("Testo\n\n{{ destinatario ", 3, "manca la chiusura «}}»"),
        ("{% for m in motivi %}\n- {{ m }}", 2, "manca la chiusura {% endfor %}"),
        ("uno\n{% endif %}", 2, "istruzione «endif» sconosciuta"),
        ("{{ destinatario | maiuscolo }}", 1, "filtro «maiuscolo» sconosciuto"),
        ("{{ destinatario } }", 1, "carattere «}» inatteso"),
        ("{{ destinatario legale_rappresentante }}", 1, "atteso «}}»"),
    ],
)
def test_syntax_errors_say_the_line_in_italian(source: str, line: int, words: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        render(source, sample_context("preavviso"), kind="preavviso")
    assert caught.value.line == line
    assert caught.value.message.startswith("errore di sintassi: ") and words in caught.value.message


def test_the_sandbox_refuses_python_internals() -> None:
    for source in ("{{ destinatario.__class__ }}", "{{ motivi.__class__.__mro__ }}", "{{ ''.__class__ }}"):
        with pytest.raises(TemplateProblem) as caught:
            render(source, sample_context("preavviso"))
        assert "non consentita" in caught.value.message


def test_an_operation_on_the_wrong_value_and_a_runaway_loop_are_problems() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render("uno\n{{ protocollo + 1 }}", sample_context("avvio"))
    assert caught.value.line == 2 and "operazione non valida" in caught.value.message
    with pytest.raises(TemplateProblem) as caught:
        render("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", {})
    assert "troppo lungo" in caught.value.message


def test_the_subject_cannot_print_itself_nor_hold_an_unknown_field() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_letter("Oggetto {{ oggetto }}", "Testo", sample_context("avvio"), kind="avvio")
    assert caught.value.part == "title" and caught.value.text.startswith("Oggetto, riga 1: campo sconosciuto")


# -- the mark-up ------------------------------------------------------------------------------------------


def test_markup_paragraphs_breaks_bold_lists_and_right_column() -> None:
    text = (
        "Firenze, 15/09/2025\n\n\n"
        ">> Spett.le\n**Comune di Prato**\nPEC: comune@pec.it\n\n"
        "Il contributo di **€ 40.000,00**, concesso.\nSeconda riga.\n"
        "- primo obbligo;\n"
        "  che continua qui;\n"
        "- secondo **obbligo**\n"
        "Dopo l'elenco.\n\n"
        "**grassetto mai chiuso"
    )
    assert parse_markup(text) == (
        ("p", (("Firenze, 15/09/2025", False),)),
        ("r", (("Spett.le\n", False), ("Comune di Prato", True), ("\nPEC: comune@pec.it", False))),
        ("p", (("Il contributo di ", False), ("€ 40.000,00", True), (", concesso.\nSeconda riga.", False))),
        ("b", (("primo obbligo; che continua qui;", False),)),
        ("b", (("secondo ", False), ("obbligo", True))),
        ("p", (("Dopo l'elenco.", False),)),
        ("p", (("grassetto mai chiuso", True),)),
    )


def test_values_of_the_fields_are_printed_literally() -> None:
    context = {**sample_context("avvio"), "destinatario": "Associazione **Stella** <b>& C.</b>"}
    letter = render_letter("Oggetto", "Spett.le **{{ destinatario }}**", context, kind="avvio")
    assert letter.blocks == (("p", (("Spett.le ", False), ("Associazione **Stella** <b>& C.</b>", True))),)
    html = blocks_html(letter)
    assert "&lt;b&gt;&amp; C.&lt;/b&gt;" in html and "<b>Associazione **Stella**" in html


# -- the office's versions --------------------------------------------------------------------------------


def test_the_default_is_shown_until_the_office_saves_its_own(db: Database) -> None:
    service = LetterTemplateService(db, OFFICER)
    shown = service.get("preavviso")
    assert (shown.version, shown.customised) == (0, False)
    assert (shown.title, shown.body) == default_template("preavviso")
    body = shown.body.replace("Distinti saluti.", "Cordiali saluti.")
    saved = service.save("preavviso", shown.title, body, shown.version)
    assert saved.customised and saved.version == 1
    again = service.get("preavviso")
    assert again.body.rstrip() == body.rstrip() and again.version == 1 and again.updated_at is not None
    assert service.customised() == {"preavviso"}
    with db.reading() as session:
        assert current_templates(session)["preavviso"][1].rstrip() == body.rstrip()
        assert current_templates(session)["avvio"] == default_template("avvio")
    second = service.save("preavviso", "Nuovo oggetto {{ protocollo }}", body, again.version)
    assert second.version == 2
    reset = service.reset("preavviso", second.version)
    assert (reset.version, reset.customised) == (0, False)
    assert service.get("preavviso").body == default_template("preavviso")[1]
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(LetterTemplate)) == 0


def test_a_stale_version_is_refused(db: Database) -> None:
    mine = LetterTemplateService(db, OFFICER)
    theirs = LetterTemplateService(db, ADMIN)
    read = mine.get("avvio")
    theirs.save("avvio", read.title, read.body + "\nPS.", read.version)
    with pytest.raises(ConcurrentEditError, match="modificato"):
        mine.save("avvio", read.title, read.body + "\nAltro.", read.version)
    current = mine.get("avvio")
    mine.reset("avvio", current.version)
    with pytest.raises(ConcurrentEditError):
        theirs.save("avvio", current.title, current.body, current.version)  # it was reset meanwhile
    with pytest.raises(ConcurrentEditError):
        theirs.reset("avvio", 7)


def test_saving_checks_the_template_against_sample_data(db: Database) -> None:
    service = LetterTemplateService(db, OFFICER)
    read = service.get("esito_finanziata")
    with pytest.raises(ValidationErrors) as caught:
        service.save("esito_finanziata", read.title, read.body + "\n{{ contributo_concess }}", read.version)
    assert str(caught.value).startswith("Testo: Riga ") and "«contributo_concess»" in str(caught.value)
    with pytest.raises(ValidationErrors, match="Oggetto: "):
        service.save("esito_finanziata", "Esito {% if %}", read.body, read.version)
    with pytest.raises(ValidationErrors, match="Scrivi l'oggetto"):
        service.save("esito_finanziata", "  ", read.body, read.version)
    with pytest.raises(ValidationErrors, match="Il testo della lettera è vuoto"):
        service.save("esito_finanziata", read.title, "\n", read.version)
    with pytest.raises(ValidationErrors, match="300 caratteri"):
        service.save("esito_finanziata", "x" * 301, read.body, read.version)
    with pytest.raises(ServiceError, match="sconosciuto"):
        service.save("esito_sconosciuto", read.title, read.body, 0)
    assert service.customised() == set()


def test_saving_the_default_text_keeps_no_copy(db: Database) -> None:
    service = LetterTemplateService(db, OFFICER)
    title, body = default_template("integrazioni")
    saved = service.save("integrazioni", title, body, 0)
    assert not saved.customised and service.customised() == set()


def test_only_who_prints_letters_edits_them(db: Database) -> None:
    for user in (READER, EVALUATOR):
        service = LetterTemplateService(db, user)
        assert not service.can_edit
        read = service.get("avvio")  # reading is allowed
        with pytest.raises(PermissionDenied):
            service.save("avvio", read.title, read.body + "\nPS.", read.version)
        with pytest.raises(PermissionDenied):
            service.reset("avvio")
        assert service.preview_applications("avvio") == []
    assert LetterTemplateService(db, OFFICER).can_edit and LetterTemplateService(db, ADMIN).can_edit


def test_preview_data_come_from_a_real_application(demo_db: Database) -> None:
    service = LetterTemplateService(demo_db, OFFICER)
    funded = service.preview_applications("esito_finanziata")

    def in_2025(kind: str) -> int:
        return sum(label.startswith("COOP-2025 – prot. ") for _, label in service.preview_applications(kind))

    assert in_2025("esito_finanziata") == 8 and in_2025("esito_parziale") == 1
    assert in_2025("esito_non_ammissibile") == 3 and in_2025("preavviso") == 3
    assert [label for _, label in service.preview_applications("integrazioni") if "COOP-2026" in label] == [
        "COOP-2026 – prot. 2026/0128285 – Comune di Siena",
        "COOP-2026 – prot. 2026/0139848 – Comunità Etiope di Firenze APS",
    ]
    context = service.preview_context("esito_finanziata", funded[0][0])
    assert context["cup"] and context["contributo_concesso"].startswith("€")
    assert service.preview_context("esito_finanziata", None) == sample_context("esito_finanziata")
    letter = service.render("esito_finanziata", *default_template("esito_finanziata"), context)
    assert context["destinatario"] in _plain(letter)


def _sample_letter(kind: str) -> LetterText:
    return render_letter(*default_template(kind), sample_context(kind), kind=kind)


def _plain(letter: LetterText) -> str:
    return "\n".join("".join(text for text, _ in runs) for _, runs in letter.blocks).replace("\u00a0", " ")
