"""Letter templates the office edits in the app: a sandboxed Jinja2 engine, the fields each letter
offers, and the small mark-up of the letter's text.

A template has a subject (`oggetto`, one line) and a body. Both are Jinja2 text rendered in a
`SandboxedEnvironment` with `StrictUndefined`: a template cannot reach Python objects, and a field
that does not exist is an error, never a silent blank. Every problem (unknown field, syntax error,
a computation that fails) becomes a `TemplateProblem` with an Italian message and the line, never a
traceback.

The rendered body is plain text with this mark-up (everything else is printed as it is):

    blank line            new paragraph
    line break            line break inside the paragraph (addresses, signature)
    **testo**             bold
    - testo               at the start of a line: an item of a bulleted list
    >> testo              at the start of a paragraph: the paragraph sits in the right-hand column
                          (recipient's address, signature)

Values of the fields are printed literally: an asterisk in an actor's name never turns bold on.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, meta
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from coop_desktop.paths import resource

# The letters, in the order the editor lists them.
TEMPLATE_KINDS = (
    "avvio",
    "integrazioni",
    "preavviso",
    "esito_finanziata",
    "esito_parziale",
    "esito_non_finanziata",
    "esito_non_idonea",
    "esito_non_ammissibile",
)
KIND_LABELS = {
    "avvio": "Comunicazione di avvio del procedimento",
    "integrazioni": "Richiesta di integrazioni",
    "preavviso": "Preavviso di rigetto (art. 10-bis L. 241/1990)",
    "esito_finanziata": "Esito: finanziata",
    "esito_parziale": "Esito: finanziata parzialmente",
    "esito_non_finanziata": "Esito: ammessa non finanziata",
    "esito_non_idonea": "Esito: non idonea",
    "esito_non_ammissibile": "Esito: non ammissibile",
}
# The body may print the rendered subject.
SUBJECT_FIELD = "oggetto"
MAX_TITLE = 300
# A template that writes more than this is refused (a loop gone wrong, not a letter).
MAX_OUTPUT = 200_000
MAX_CHUNKS = 50_000

_COMMON: dict[str, str] = {
    "luogo": "Città dell'ufficio, per la data della lettera",
    "data_lettera": "Data della lettera (oggi)",
    "ufficio": "Nome dell'ufficio",
    "direzione": "Direzione o settore",
    "indirizzo_ufficio": "Indirizzo dell'ufficio",
    "pec_ufficio": "PEC dell'ufficio",
    "email_ufficio": "E-mail dell'ufficio",
    "telefono_ufficio": "Telefono dell'ufficio",
    "dirigente": "Dirigente che firma la lettera",
    "responsabile_procedimento": "Responsabile del procedimento",
    "destinatario": "Soggetto capofila (destinatario)",
    "legale_rappresentante": "Legale rappresentante del capofila",
    "indirizzo_destinatario": "Via e numero civico del capofila",
    "localita_destinatario": "CAP, comune e provincia del capofila",
    "pec_destinatario": "PEC del capofila",
    "bando_codice": "Codice del bando",
    "bando_titolo": "Titolo del bando",
    "bando_anno": "Anno del bando",
    "bando_decreto": "Decreto di approvazione del bando (es. decreto dirigenziale n. 4321 del 12/03/2025)",
    "bando_burt": "Pubblicazione del bando (es. BURT n. 12 - Parte III del 19/03/2025)",
    "bando_scadenza": "Scadenza per la presentazione delle domande",
    "protocollo": "Numero di protocollo della domanda",
    "data_protocollo": "Data di protocollo della domanda",
    "titolo_progetto": "Titolo del progetto",
    "costo_totale": "Costo totale del progetto",
    "contributo_richiesto": "Contributo richiesto",
    "cofinanziamento": "Cofinanziamento del soggetto (costo totale meno contributo richiesto)",
    "cofinanziamento_percentuale": "Cofinanziamento in percentuale del costo totale",
    "durata_mesi": "Durata del progetto in mesi",
}
_REASONS = {
    "motivi": "Motivi, come elenco (per {% for m in motivi %})",
    "elenco_motivi": "Motivi già scritti come elenco puntato, uno per riga",
}
_RANKING = {
    "decreto_graduatoria": "Decreto di approvazione della graduatoria (es. decreto dirigenziale n. 17890 del "
    "15/09/2025)",
    "burt_graduatoria": "Pubblicazione della graduatoria (es. BURT n. 38 - Parte III del 24/09/2025)",
    "punteggio": "Punteggio complessivo ottenuto",
    "posizione": "Posizione in graduatoria",
}
_GRANT = {
    "contributo_concesso": "Contributo concesso",
    "cup": "Codice Unico di Progetto (CUP)",
    "cofinanziamento_concesso": "Quota a carico del soggetto: costo totale meno contributo concesso",
}

FIELDS: dict[str, dict[str, str]] = {
    "avvio": {**_COMMON},
    "integrazioni": {
        **_COMMON,
        "integrazioni_richieste": "Documenti e chiarimenti richiesti",
        "data_richiesta": "Data della richiesta",
        "scadenza_integrazioni": "Termine per l'invio delle integrazioni",
    },
    "preavviso": {
        **_COMMON,
        **_REASONS,
        "giorni_risposta": "Giorni per presentare osservazioni (10, art. 10-bis L. 241/1990)",
    },
    "esito_finanziata": {**_COMMON, **_RANKING, **_GRANT},
    "esito_parziale": {
        **_COMMON,
        **_RANKING,
        **_GRANT,
        "quota_non_finanziata": "Differenza tra contributo richiesto e concesso",
    },
    "esito_non_finanziata": {
        **_COMMON,
        **_RANKING,
        "dotazione": "Dotazione finanziaria del bando",
        "ultima_posizione_finanziata": "Ultima posizione finanziata in graduatoria",
    },
    "esito_non_idonea": {
        **_COMMON,
        **_RANKING,
        "soglia_minima": "Punteggio minimo complessivo del bando (vuoto se non previsto)",
        "elenco_soglie": "Soglie non raggiunte, come elenco puntato",
    },
    "esito_non_ammissibile": {**_COMMON, **_REASONS, "decreto_graduatoria": _RANKING["decreto_graduatoria"]},
}

_SAMPLE_COMMON: dict[str, Any] = {
    "luogo": "Firenze",
    "data_lettera": "15/09/2025",
    "ufficio": "Settore Attività Internazionali",
    "direzione": "Regione Toscana - Direzione Attività produttive",
    "indirizzo_ufficio": "Via Pico della Mirandola 22-24 – 50132 Firenze (FI)",
    "pec_ufficio": "regionetoscana@postacert.toscana.it",
    "email_ufficio": "cooperazione.internazionale@regione.toscana.it",
    "telefono_ufficio": "055 4382111",
    "dirigente": "Dott. Mario Rossi",
    "responsabile_procedimento": "Dott.ssa Anna Bianchi",
    "destinatario": "Associazione Esempio per la Cooperazione APS",
    "legale_rappresentante": "Giulia Verdi",
    "indirizzo_destinatario": "Via dei Servi 12",
    "localita_destinatario": "50122 Firenze (FI)",
    "pec_destinatario": "associazione.esempio@pec.it",
    "bando_codice": "COOP-2025",
    "bando_titolo": "Bando per progetti di cooperazione internazionale 2025",
    "bando_anno": "2025",
    "bando_decreto": "decreto dirigenziale n. 4321 del 12/03/2025",
    "bando_burt": "BURT n. 12 - Parte III del 19/03/2025",
    "bando_scadenza": "30/05/2025",
    "protocollo": "2025/0238022",
    "data_protocollo": "20/05/2025",
    "titolo_progetto": "Filiera del tessile riciclato tra Prato e Thiès",
    "costo_totale": "€ 52.500,00",
    "contributo_richiesto": "€ 40.000,00",
    "cofinanziamento": "€ 12.500,00",
    "cofinanziamento_percentuale": "23,81%",
    "durata_mesi": "18",
}
_SAMPLE_REASONS = [
    "Il contributo richiesto (€ 45.000,00) supera il contributo massimo del bando (€ 40.000,00).",
    "Il cofinanziamento (€ 5.000,00, 10,00% del costo totale) è inferiore al minimo del 20,00% richiesto "
    "dal bando.",
]
_SAMPLE_RANKING = {
    "decreto_graduatoria": "decreto dirigenziale n. 17890 del 15/09/2025",
    "burt_graduatoria": "BURT n. 38 - Parte III del 24/09/2025",
    "punteggio": "86,17",
    "posizione": "3",
}
_SAMPLE_GRANT = {
    "contributo_concesso": "€ 40.000,00",
    "cup": "D19I25012070002",
    "cofinanziamento_concesso": "€ 12.500,00",
}


def _sample(kind: str) -> dict[str, Any]:
    values: dict[str, Any] = dict(_SAMPLE_COMMON)
    reasons = {"motivi": list(_SAMPLE_REASONS), "elenco_motivi": bullet_list(_SAMPLE_REASONS)}
    extra: dict[str, dict[str, Any]] = {
        "avvio": {},
        "integrazioni": {
            "integrazioni_richieste": "Lettera di adesione del partner locale firmata dal legale "
            "rappresentante.",
            "data_richiesta": "30/03/2026",
            "scadenza_integrazioni": "09/04/2026",
        },
        "preavviso": {**reasons, "giorni_risposta": "10"},
        "esito_finanziata": {**_SAMPLE_RANKING, **_SAMPLE_GRANT},
        "esito_parziale": {
            **_SAMPLE_RANKING,
            **_SAMPLE_GRANT,
            "posizione": "10",
            "contributo_concesso": "€ 20.500,00",
            "cofinanziamento_concesso": "€ 32.000,00",
            "quota_non_finanziata": "€ 19.500,00",
        },
        "esito_non_finanziata": {
            **_SAMPLE_RANKING,
            "posizione": "12",
            "punteggio": "72,50",
            "dotazione": "€ 300.000,00",
            "ultima_posizione_finanziata": "10",
        },
        "esito_non_idonea": {
            **_SAMPLE_RANKING,
            "posizione": "",
            "punteggio": "58,50",
            "soglia_minima": "60,00",
            "elenco_soglie": bullet_list(
                [
                    "Punteggio complessivo: 58,50 punti, inferiore al minimo di 60,00 punti.",
                    "Criterio A – Qualità e coerenza del progetto: 18,50 punti, inferiore al minimo di "
                    "20,00 punti.",
                ]
            ),
        },
        "esito_non_ammissibile": {**reasons, "decreto_graduatoria": _SAMPLE_RANKING["decreto_graduatoria"]},
    }
    values.update(extra[kind])
    return values


def sample_context(kind: str) -> dict[str, Any]:
    """Invented but plausible values of every field of `kind`: for the preview and for checking a
    template before it is saved."""
    check_kind(kind)
    return _sample(kind)


def bullet_list(items: list[str] | tuple[str, ...]) -> str:
    """Items as the mark-up's bulleted list, one per line."""
    return "\n".join(f"- {' '.join(str(item).split())}" for item in items)


def check_kind(kind: str) -> None:
    if kind not in FIELDS:
        raise TemplateProblem(f"Tipo di lettera sconosciuto «{kind}».")


# -- the engine -----------------------------------------------------------------------------------------

# Asterisks coming from the fields travel as this private-use character until the mark-up is read.
_STAR = "\ue000"


class TemplateProblem(ValueError):
    """A template that cannot be rendered, explained in Italian: which part (oggetto or testo), the
    line, the unknown field when that is the problem."""

    def __init__(self, message: str, *, part: str = "", line: int | None = None, field: str | None = None):
        self.message = message
        self.part = part
        self.line = line
        self.field = field
        super().__init__(self.text)

    @property
    def text(self) -> str:
        where = {"title": "Oggetto", "body": "Testo"}.get(self.part, "")
        if where and self.line is not None:
            return f"{where}, riga {self.line}: {self.message}"
        if where:
            return f"{where}: {self.message}"
        if self.line is not None:
            return f"Riga {self.line}: {self.message}"
        return self.message


def _finalize(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("*", _STAR)
    if value is None:
        return ""
    return str(value).replace("*", _STAR)


@functools.cache
def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_finalize,
    )
    # Only what a letter needs: no lorem ipsum, no cyclers.
    for name in ("lipsum", "cycler", "joiner"):
        env.globals.pop(name, None)
    return env


_SYNTAX = (
    (re.compile(r"unexpected end of template, expected '(.+?)'"), "manca la chiusura «{0}»"),
    (re.compile(r"innermost block that needs to be closed is '(\w+)'"), "manca la chiusura {{% end{0} %}}"),
    (re.compile(r"unexpected end of template", re.I), "il testo finisce prima della chiusura di un blocco"),
    (re.compile(r"Encountered unknown tag '(\w+)'"), "istruzione «{0}» sconosciuta o fuori posto"),
    (re.compile(r"No filter named '(\w+)'"), "filtro «{0}» sconosciuto"),
    (re.compile(r"No test named '(\w+)'"), "test «{0}» sconosciuto"),
    (re.compile(r"unexpected '(.+)'"), "carattere «{0}» inatteso"),
    (re.compile(r"unexpected char '(.+)'"), "carattere «{0}» inatteso"),
    (re.compile(r"expected token '(.+?)', got '(.+?)'"), "atteso «{0}», trovato «{1}»"),
    (re.compile(r"Expected an expression"), "manca un'espressione (per esempio il nome di un campo)"),
    (re.compile(r"unexpected end of (print statement|statement block)"), "espressione incompleta"),
)
_TOKENS = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "end of template": "fine del testo",
}


def _syntax_message(exc: TemplateSyntaxError) -> str:
    raw = exc.message or ""
    for pattern, text in _SYNTAX:
        found = pattern.search(raw)
        if found:
            return "errore di sintassi: " + text.format(*(_TOKENS.get(g, g) for g in found.groups()))
    return "errore di sintassi: controlla le parentesi {{ … }} dei campi e {% … %} delle istruzioni"


def _template_line(exc: BaseException) -> int | None:
    """The template's line where a rendering error happened (Jinja maps its frames to the source)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


_UNDEFINED = re.compile(r"^'([^']+)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")


@functools.lru_cache(maxsize=64)
def _compiled(source: str, allowed: frozenset[str] | None, part: str) -> Template:
    env = _environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(_syntax_message(exc), part=part, line=exc.lineno) from None
    if allowed is not None:
        try:
            used = meta.find_undeclared_variables(tree)
        except TemplateSyntaxError as exc:  # an unknown filter or test
            raise TemplateProblem(_syntax_message(exc), part=part, line=exc.lineno) from None
        unknown = sorted(used - allowed - set(env.globals))
        if unknown:
            name = unknown[0]
            raise TemplateProblem(
                f"campo sconosciuto «{name}»: scegli un campo dall'elenco",
                part=part,
                line=_first_line_of(source, name),
                field=name,
            )
    try:
        return env.from_string(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(_syntax_message(exc), part=part, line=exc.lineno) from None


def _first_line_of(source: str, name: str) -> int | None:
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    for number, line in enumerate(source.splitlines(), start=1):
        if pattern.search(line):
            return number
    return None


def allowed_fields(kind: str, part: str = "body") -> frozenset[str]:
    check_kind(kind)
    names = set(FIELDS[kind])
    if part == "body":
        names.add(SUBJECT_FIELD)
    return frozenset(names)


def render(
    template_text: str, context: Mapping[str, Any], *, kind: str | None = None, part: str = "body"
) -> str:
    """Render `template_text` with `context`; TemplateProblem (Italian) on any error. With `kind`, a
    field the letter does not offer is refused even in a branch this context does not take."""
    allowed = allowed_fields(kind, part) if kind is not None else None
    template = _compiled(template_text, allowed, part)
    try:
        # Chunks are counted rather than measured one by one: a runaway loop stops all the same.
        chunks = list(itertools.islice(template.generate(dict(context)), MAX_CHUNKS + 1))
        text = "".join(chunks)
        if len(chunks) > MAX_CHUNKS or len(text) > MAX_OUTPUT:
            raise TemplateProblem("il testo prodotto è troppo lungo: controlla i cicli {% for %}", part=part)
    except TemplateProblem:
        raise
    except UndefinedError as exc:
        text = str(exc)
        missing = _UNDEFINED.match(text)
        if missing:
            name = missing.group(1)
            message = f"campo sconosciuto «{name}»: scegli un campo dall'elenco"
            raise TemplateProblem(message, part=part, line=_template_line(exc), field=name) from None
        attribute = _NO_ATTRIBUTE.search(text)
        message = f"il campo non ha la parte «{attribute.group(1)}»" if attribute else "campo non disponibile"
        raise TemplateProblem(message, part=part, line=_template_line(exc)) from None
    except SecurityError:
        message = "operazione non consentita in un modello di lettera"
        raise TemplateProblem(message, part=part, line=None) from None
    except TemplateError as exc:
        raise TemplateProblem(f"il modello non può essere elaborato ({exc})", part=part) from None
    except Exception as exc:  # a filter or an operation on the wrong kind of value
        message = f"operazione non valida sui campi ({type(exc).__name__}: {exc})"
        raise TemplateProblem(message, part=part, line=_template_line(exc)) from None
    return text


# -- the mark-up ---------------------------------------------------------------------------------------

# A run of text: (text, bold). Block styles: "p" paragraph (justified), "r" right-hand column,
# "b" item of a bulleted list.
Run = tuple[str, bool]
Block = tuple[str, tuple[Run, ...]]


@dataclass(frozen=True, slots=True)
class LetterText:
    """A rendered letter: its subject and the blocks of its body, ready to lay out."""

    title: str
    blocks: tuple[Block, ...]


_BLANK = re.compile(r"\n[ \t]*\n\s*")
_BULLET = re.compile(r"^[ \t]*[-•][ \t]+")


def _runs(text: str) -> tuple[Run, ...]:
    """Split on ** into alternating plain and bold runs; a bold left open ends with its block."""
    parts = text.split("**")
    runs = [(part.replace(_STAR, "*"), bool(n % 2)) for n, part in enumerate(parts)]
    return tuple(run for run in runs if run[0])


def parse_markup(text: str) -> tuple[Block, ...]:
    """The body's mark-up as blocks (see the module's documentation)."""
    blocks: list[Block] = []
    for paragraph in _BLANK.split(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")):
        blocks.extend(_paragraph(paragraph))
    return tuple(blocks)


@functools.lru_cache(maxsize=4096)
def _paragraph(paragraph: str) -> tuple[Block, ...]:
    """One paragraph's blocks. Cached: the letters of a batch share most of their paragraphs."""
    lines = [line.rstrip() for line in paragraph.split("\n")]
    if not any(lines):
        return ()
    if lines[0].lstrip().startswith(">>"):
        stripped = [line.strip() for line in lines]
        lines = [line[2:].lstrip() if line.startswith(">>") else line for line in stripped]
        return (("r", _runs("\n".join(lines))),)
    return tuple(_paragraph_blocks(lines))


def _paragraph_blocks(lines: list[str]) -> list[Block]:
    """A paragraph's lines: text lines make one block (kept line breaks), each "- " line an item."""
    blocks: list[Block] = []
    text: list[str] = []
    item: list[str] = []
    for line in lines:
        if _BULLET.match(line):
            if text:
                blocks.append(("p", _runs("\n".join(text))))
                text = []
            if item:
                blocks.append(("b", _runs(" ".join(item))))
            item = [_BULLET.sub("", line).strip()]
        elif item and line[:1] in (" ", "\t") and line.strip():
            item.append(line.strip())  # an item's continuation, indented
        else:
            if item:
                blocks.append(("b", _runs(" ".join(item))))
                item = []
            if line.strip() or text:
                text.append(line.strip())
    if item:
        blocks.append(("b", _runs(" ".join(item))))
    if text:
        blocks.append(("p", _runs("\n".join(text))))
    return blocks


def render_letter(
    title_template: str, body_template: str, context: Mapping[str, Any], *, kind: str | None = None
) -> LetterText:
    """Subject and body rendered (the body sees the subject as `oggetto`) and the body's mark-up read."""
    title = " ".join(render(title_template, context, kind=kind, part="title").replace(_STAR, "*").split())
    values = dict(context)
    values[SUBJECT_FIELD] = title
    body = render(body_template, values, kind=kind, part="body")
    return LetterText(title, parse_markup(body))


def blocks_html(letter: LetterText) -> str:
    """The letter as simple HTML for the editor's preview (every text escaped)."""
    parts: list[str] = []
    for style, runs in letter.blocks:
        inner = "".join((f"<b>{_html(text)}</b>" if bold else _html(text)) for text, bold in runs)
        if style == "r":
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:8px"><tr>'
                f'<td width="50%"></td><td width="50%">{inner}</td></tr></table>'
            )
        elif style == "b":
            parts.append(f'<p style="margin-left:18px; margin-top:0; margin-bottom:4px">•&nbsp;{inner}</p>')
        else:
            parts.append(f'<p align="justify" style="margin-top:0; margin-bottom:8px">{inner}</p>')
    return "\n".join(parts)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


# -- the shipped defaults ---------------------------------------------------------------------------------

_HEADER = re.compile(r"\A\{#-?\s*OGGETTO:\s*(?P<title>.*?)\s*-?#\}[ \t]*\n?", re.S)


@functools.cache
def default_template(kind: str) -> tuple[str, str]:
    """(subject, body) of the letter as shipped in resources/templates/letters/<kind>.j2: the first
    line is a Jinja comment `{# OGGETTO: … #}` holding the subject."""
    check_kind(kind)
    text = resource("templates", "letters", f"{kind}.j2").read_text(encoding="utf-8")
    found = _HEADER.match(text)
    if found is None:
        raise TemplateProblem(f"Il modello predefinito «{kind}» non ha la riga OGGETTO.")
    return found.group("title"), text[found.end() :].strip("\n") + "\n"
