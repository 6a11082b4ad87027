"""The Region's own bids and projects (partenariati) in national and EU calls, one per stage."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coop_desktop.domain.enums import Funder, Network, PartnershipStatus, RegionRole, Theme

PS = PartnershipStatus


class PartnerSpec(NamedTuple):
    # A Tuscan actor by key, or a foreign partner by name and country.
    actor: str | None
    foreign_name: str | None
    country: str | None
    role: str


def tuscan(key: str, role: str = "partner") -> PartnerSpec:
    return PartnerSpec(key, None, None, role)


def foreign(name: str, country: str, role: str = "partner locale") -> PartnerSpec:
    return PartnerSpec(None, name, country, role)


class PartnershipSpec(NamedTuple):
    title: str
    funder: Funder
    programme: str
    call_reference: str
    call_url: str
    region_role: RegionRole
    status: PartnershipStatus
    theme: Theme
    dac: str
    submission_deadline: date
    start: date
    end: date
    # total budget, requested, region share, co-funding cash, co-funding in kind
    money: tuple[str, str, str, str, str]
    notes: str
    partners: tuple[PartnerSpec, ...]
    countries: tuple[str, ...]
    sdgs: tuple[int, ...]
    networks: tuple[Network, ...]
    # (description, due on, done)
    deadlines: tuple[tuple[str, date, bool], ...]
    # (to status, on, reason); the first change starts from no status.
    history: tuple[tuple[PartnershipStatus, date, str | None], ...]


# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
PARTNERSHIPS: tuple[PartnershipSpec, ...] = (
    PartnershipSpec(
        "TERRA - Territori resilienti e servizi locali in Senegal e Burkina Faso",
        Funder.AICS, "Avviso per progetti promossi dagli Enti territoriali 2026",
        "AICS - Enti territoriali 2026",
        "https://www.aics.gov.it", RegionRole.CAPOFILA, PS.IN_PREPARAZIONE, Theme.DECENTRAMENTO, "15112",
        date(2026, 5, 29), date(2026, 12, 1), date(2029, 11, 30),
        ("1250000.00", "1000000.00", "180000.00", "120000.00", "130000.00"),
        "Proposta nata dal Gruppo di lavoro Sahel; la Regione coordina il partenariato.",
        (tuscan("firenze"), tuscan("unifi"), tuscan("terre_solidali"), tuscan("senegalesi_pisa"),
         tuscan("burkinabe"), foreign("Conseil départemental de Ziguinchor", "SN"),
         foreign("Commune de Koudougou", "BF")),
        ("SN", "BF"), (11, 16, 17), (Network.PLATFORMA,),
        (("Invio della concept note ai partner", date(2026, 3, 31), True),
         ("Raccolta delle lettere di adesione dei partner", date(2026, 4, 30), False),
         ("Presentazione della proposta sulla piattaforma AICS", date(2026, 5, 29), False)),
        ((PS.IDEA, date(2025, 12, 10), "Proposta del Gruppo di lavoro Sahel."),
         (PS.IN_PREPARAZIONE, date(2026, 2, 5), "Partecipazione approvata con delibera di Giunta.")),
    ),
    PartnershipSpec(
        "MED-CIRCLE - Città portuali circolari del Mediterraneo",
        Funder.UNIONE_EUROPEA, "NDICI - Global Europe, Autorità locali", "INTPA/2025/LA-MED",
        "https://ec.europa.eu/info/funding-tenders", RegionRole.PARTNER, PS.PRESENTATA,
        Theme.ECONOMIA_CIRCOLARE, "14050",
        date(2026, 1, 20), date(2026, 7, 1), date(2029, 6, 30),
        ("2400000.00", "2160000.00", "210000.00", "12000.00", "9000.00"),
        "Capofila la Diputació de Barcelona; la Regione cura la formazione dei tecnici comunali.",
        (foreign("Diputació de Barcelona", "ES", "capofila"), tuscan("livorno"), tuscan("cciaa_mt"),
         tuscan("ponti_med"), foreign("Municipalité de Sfax", "TN"), foreign("Commune de Tanger", "MA")),
        ("TN", "MA"), (11, 12, 14), (Network.CRPM, Network.PLATFORMA),
        (("Presentazione della proposta completa", date(2026, 1, 20), True),
         ("Esito atteso della valutazione", date(2026, 5, 15), False)),
        ((PS.IDEA, date(2025, 9, 15), "Proposta discussa nella commissione Intermediterranea della CRPM."),
         (PS.IN_PREPARAZIONE, date(2025, 10, 20), None),
         (PS.PRESENTATA, date(2026, 1, 20), "Proposta inviata dal capofila.")),
    ),
    PartnershipSpec(
        "PERCORSI - Diaspore toscane per il co-sviluppo",
        Funder.MINISTERO_INTERNO, "FAMI 2021-2027 (AMIF)", "Avviso FAMI 2025 - Integrazione e partecipazione",
        "https://www.interno.gov.it", RegionRole.CAPOFILA, PS.IN_CORSO, Theme.CO_SVILUPPO, "15190",
        date(2025, 3, 14), date(2025, 7, 1), date(2027, 6, 30),
        ("850000.00", "807500.00", "320000.00", "0.00", "42500.00"),
        "Cofinanziamento regionale in natura: personale del Settore e sale per gli incontri.",
        (tuscan("anci"), tuscan("prato"), tuscan("unistrasi"), tuscan("senegalesi_pisa"),
         tuscan("marocchini_empoli"), tuscan("tunisini_livorno"), tuscan("teranga_prato")),
        ("SN", "MA", "TN"), (8, 10, 17), (Network.COMITATO_REGIONI,),
        (("Prima relazione intermedia", date(2025, 12, 31), True),
         ("Domanda di rimborso del primo semestre 2026", date(2026, 7, 31), False),
         ("Seconda relazione intermedia", date(2026, 12, 31), False)),
        ((PS.IDEA, date(2025, 1, 10), None),
         (PS.IN_PREPARAZIONE, date(2025, 2, 3), None),
         (PS.PRESENTATA, date(2025, 3, 14), None),
         (PS.APPROVATA, date(2025, 6, 10), "Ammesso a finanziamento dall'Autorità responsabile FAMI."),
         (PS.IN_CORSO, date(2025, 7, 1), "Avvio delle attività.")),
    ),
    PartnershipSpec(
        "Salute materno-infantile nella provincia di Sofala",
        Funder.AICS, "Iniziative di cooperazione sanitaria 2025", "AICS - Salute globale 2025",
        "https://www.aics.gov.it", RegionRole.PARTNER, PS.RESPINTA, Theme.COOPERAZIONE_SANITARIA, "13020",
        date(2025, 4, 30), date(2025, 11, 1), date(2027, 10, 31),
        ("640000.00", "576000.00", "60000.00", "20000.00", "15000.00"),
        "Capofila Medici Toscani nel Mondo ETS; proposta da ripresentare al prossimo avviso.",
        (tuscan("medici_toscani", "capofila"), tuscan("usl_sudest"), tuscan("meyer"), tuscan("mozambicani"),
         foreign("Direcção Provincial de Saúde de Sofala", "MZ")),
        ("MZ",), (3, 5), (),
        (("Presentazione della proposta", date(2025, 4, 30), True),),
        ((PS.IDEA, date(2025, 1, 20), None),
         (PS.IN_PREPARAZIONE, date(2025, 2, 15), None),
         (PS.PRESENTATA, date(2025, 4, 30), None),
         (PS.RESPINTA, date(2025, 10, 15), "Idonea ma non finanziata per esaurimento dei fondi.")),
    ),
)
# fmt: on
