"""The governance system of the demo: forum, thematic tables, working groups and the 2026 programme."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coop_desktop.domain.enums import GovernanceEventKind, Theme

FORUM_NAME = "Forum di coordinamento regionale della cooperazione internazionale"
FORUM_DESCRIPTION = "Sede di confronto tra la Regione e i soggetti toscani della cooperazione (l.r. 26/2009)."


class TableSpec(NamedTuple):
    name: str
    # The thematic table a working group belongs to, by name; None for the tables themselves.
    parent: str | None
    theme: Theme
    # The first member coordinates the body.
    members: tuple[str, ...]


# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
TABLES: tuple[TableSpec, ...] = (
    TableSpec("Tavolo tematico Decentramento e governance locale", None, Theme.DECENTRAMENTO,
              ("firenze", "prato", "pistoia", "arezzo", "siena", "casentino", "anci", "unifi")),
    TableSpec("Tavolo tematico Sviluppo dei sistemi economici territoriali", None, Theme.SISTEMI_ECONOMICI,
              ("cciaa_ptpo", "cciaa_mt", "santanna", "chianti_solidale", "terre_solidali", "sahel_futuro",
               "colline_mondo", "rete_equo")),
    TableSpec("Tavolo tematico Economia circolare", None, Theme.ECONOMIA_CIRCOLARE,
              ("livorno", "unipi", "tessile_pratese", "solare_maremma", "acqua_comune", "mare_aperto",
               "mare_nostro")),
    TableSpec("Tavolo tematico Co-sviluppo e diaspore", None, Theme.CO_SVILUPPO,
              ("senegalesi_pisa", "burkinabe", "marocchini_empoli", "tunisini_livorno", "mozambicani",
               "etiopi_firenze", "teranga_prato", "palestinesi", "libanesi", "ivoriani", "unistrasi",
               "donne_rete")),
    TableSpec("Tavolo tematico Crisi umanitarie", None, Theme.CRISI_UMANITARIE,
              ("medici_toscani", "ponti_med", "seme_pace", "apuania", "usl_centro", "meyer",
               "croce_valdelsa")),
)

GROUPS: tuple[TableSpec, ...] = (
    TableSpec("Gruppo di lavoro Sahel", TABLES[0].name, Theme.DECENTRAMENTO,
              ("pistoia", "sahel_futuro", "amici_bf", "burkinabe", "volontari_maremma")),
    TableSpec("Gruppo di lavoro Tessile circolare", TABLES[2].name, Theme.ECONOMIA_CIRCOLARE,
              ("prato", "tessile_pratese", "cciaa_ptpo", "teranga_prato")),
    TableSpec("Gruppo di lavoro Giovani delle diaspore", TABLES[3].name, Theme.CO_SVILUPPO,
              ("senegalesi_pisa", "etiopi_firenze", "mozambicani", "unistrasi")),
)


class EventSpec(NamedTuple):
    kind: GovernanceEventKind
    title: str
    held_on: date
    place: str
    phase: str | None = None
    # Name of the body that meets; None for seminars and conferences.
    body: str | None = None


_STROZZI = "Palazzo Strozzi Sacrati, Firenze"
_F1, _F2, _F3 = "Fase 1 - Formazione", "Fase 2 - Accompagnamento", "Fase 3 - Restituzione"
SEM, MEET, CONF = GovernanceEventKind.SEMINARIO, GovernanceEventKind.RIUNIONE, GovernanceEventKind.CONFERENZA

EVENTS: tuple[EventSpec, ...] = (
    EventSpec(CONF, "Conferenza regionale della cooperazione internazionale 2025", date(2025, 11, 28),
              "Auditorium di Sant'Apollonia, Firenze"),
    EventSpec(MEET, "Riunione plenaria del Forum: programma 2026", date(2026, 1, 22), _STROZZI,
              body=FORUM_NAME),
    EventSpec(MEET, "Riunione del Tavolo: priorità del bando 2026", date(2026, 2, 3), _STROZZI,
              body=TABLES[0].name),
    EventSpec(MEET, "Riunione del Tavolo: filiere e imprese inclusive", date(2026, 2, 5), _STROZZI,
              body=TABLES[1].name),
    EventSpec(MEET, "Riunione del Tavolo: rifiuti e riuso nei porti", date(2026, 2, 10),
              "Palazzo comunale, Livorno", body=TABLES[2].name),
    EventSpec(MEET, "Riunione del Tavolo: le associazioni della diaspora e il bando 2026", date(2026, 2, 12),
              "Palazzo Gambacorti, Pisa", body=TABLES[3].name),
    EventSpec(MEET, "Riunione del Tavolo: emergenza in Libano e Palestina", date(2026, 2, 17), _STROZZI,
              body=TABLES[4].name),
    EventSpec(SEM, "Progettare per il bando regionale 2026", date(2026, 2, 19), _STROZZI, _F1),
    EventSpec(SEM, "Quadro logico e indicatori di risultato", date(2026, 3, 12),
              "Polo Piagge, Università di Pisa", _F1),
    EventSpec(SEM, "Partenariati con le associazioni della diaspora", date(2026, 4, 16),
              "Palazzo Pretorio, Prato", _F2),
    EventSpec(SEM, "Opportunità europee: NDICI - Global Europe e AMIF", date(2026, 5, 14),
              "Complesso di San Niccolò, Siena", _F2),
    EventSpec(SEM, "Rendicontare un progetto di cooperazione", date(2026, 6, 11),
              "Sala dei Grandi, Arezzo", _F2),
    EventSpec(MEET, "Riunione plenaria del Forum: verifica di metà anno", date(2026, 6, 25), _STROZZI,
              body=FORUM_NAME),
    EventSpec(SEM, "Economia circolare nei porti del Mediterraneo", date(2026, 9, 24),
              "Fortezza Vecchia, Livorno", _F3),
    EventSpec(SEM, "Cooperazione sanitaria e salute globale", date(2026, 10, 22),
              "Real Collegio, Lucca", _F3),
    EventSpec(CONF, "Conferenza regionale della cooperazione internazionale 2026", date(2026, 11, 27),
              "Auditorium di Sant'Apollonia, Firenze"),
)
# fmt: on
