"""The closed vocabularies of the domain, with the Italian words the office uses.

Values are stable identifiers stored in the database; labels are what users read
(documents, CLI, tables). DOMAIN.md fixes the Italian terms, so they live here
rather than in the Qt translation files.
"""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A StrEnum whose members carry an Italian label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabeledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_text(cls, text: str) -> LabeledEnum | None:
        """Match a value or a label, ignoring case and surrounding spaces."""
        needle = " ".join(text.strip().lower().split())
        for member in cls:
            if needle in (member.value, member.label.lower()):
                return member
        return None


class ActorType(LabeledEnum):
    ENTE_LOCALE = "ente_locale", "Ente locale"
    ISTITUZIONE = "istituzione", "Istituzione pubblica"
    UNIVERSITA = "universita", "Università"
    ONG = "ong", "ONG/OSC"
    ASSOCIAZIONE = "associazione", "Associazione"
    ASSOCIAZIONE_MIGRANTI = "associazione_migranti", "Associazione di migranti"
    IMPRESA = "impresa", "Impresa o cooperativa"
    ALTRO = "altro", "Altro"


class RegistryKind(LabeledEnum):
    RUNTS = "runts", "RUNTS"
    AICS = "aics", "Elenco OSC AICS"
    ALTRO = "altro", "Altro registro"


class GovernanceBodyKind(LabeledEnum):
    FORUM = "forum", "Forum di coordinamento regionale"
    TAVOLO = "tavolo", "Tavolo tematico"
    GRUPPO = "gruppo", "Gruppo di lavoro"


class GovernanceEventKind(LabeledEnum):
    RIUNIONE = "riunione", "Riunione"
    SEMINARIO = "seminario", "Seminario"
    CONFERENZA = "conferenza", "Conferenza regionale della cooperazione"


class Theme(LabeledEnum):
    DECENTRAMENTO = "decentramento", "Sostegno ai processi di decentramento"
    SISTEMI_ECONOMICI = "sistemi_economici", "Sviluppo dei sistemi economici territoriali"
    ECONOMIA_CIRCOLARE = "economia_circolare", "Economia circolare"
    CO_SVILUPPO = "co_sviluppo", "Co-sviluppo con le associazioni di migranti"
    CRISI_UMANITARIE = "crisi_umanitarie", "Crisi umanitarie"
    AGENDA_2030 = "agenda_2030", "Agenda 2030"
    BUSINESS_INCLUSIVO = "business_inclusivo", "Business inclusivo"
    COOPERAZIONE_SANITARIA = "cooperazione_sanitaria", "Cooperazione sanitaria"


class CallStatus(LabeledEnum):
    BOZZA = "bozza", "Bozza"
    APERTO = "aperto", "Aperto"
    CHIUSO = "chiuso", "Chiuso"
    IN_VALUTAZIONE = "in_valutazione", "In valutazione"
    GRADUATORIA_APPROVATA = "graduatoria_approvata", "Graduatoria approvata"


class ApplicationStatus(LabeledEnum):
    RICEVUTA = "ricevuta", "Ricevuta"
    INTEGRAZIONI_RICHIESTE = "integrazioni_richieste", "Integrazioni richieste"
    AMMISSIBILE = "ammissibile", "Ammissibile"
    NON_AMMISSIBILE = "non_ammissibile", "Non ammissibile"
    IN_VALUTAZIONE = "in_valutazione", "In valutazione"
    VALUTATA = "valutata", "Valutata"
    FINANZIATA = "finanziata", "Finanziata"
    FINANZIATA_PARZIALMENTE = "finanziata_parzialmente", "Finanziata parzialmente"
    AMMESSA_NON_FINANZIATA = "ammessa_non_finanziata", "Ammessa non finanziata"
    NON_IDONEA = "non_idonea", "Non idonea"
    RITIRATA = "ritirata", "Ritirata"
    REVOCATA = "revocata", "Revocata"


class CheckOutcome(LabeledEnum):
    SUPERATO = "superato", "Superato"
    NON_SUPERATO = "non_superato", "Non superato"
    DA_VERIFICARE = "da_verificare", "Da verificare"


class CommitteeRole(LabeledEnum):
    PRESIDENTE = "presidente", "Presidente"
    COMPONENTE = "componente", "Componente"
    SEGRETARIO = "segretario", "Segretario"


class AssignmentStatus(LabeledEnum):
    ASSEGNATA = "assegnata", "Assegnata"
    DICHIARATA = "dichiarata", "Dichiarazione resa"
    CONFLITTO = "conflitto", "Conflitto dichiarato"
    BOZZA = "bozza", "Bozza"
    INVIATA = "inviata", "Inviata"


class RankingOutcome(LabeledEnum):
    FINANZIATA = "finanziata", "Finanziata"
    FINANZIATA_PARZIALMENTE = "finanziata parzialmente", "Finanziata parzialmente"
    AMMESSA_NON_FINANZIATA = "ammessa non finanziata", "Ammessa non finanziata"
    NON_IDONEA = "non idonea", "Non idonea"
    NON_AMMISSIBILE = "non ammissibile", "Non ammissibile"
    # In a scorrimento: the project that gave up (or lost) its grant keeps its place in the list.
    RITIRATA = "ritirata", "Ritirata"
    REVOCATA = "revocata", "Revocata"


class DecreeKind(LabeledEnum):
    APPROVAZIONE_BANDO = "approvazione_bando", "Approvazione del bando"
    GRADUATORIA = "graduatoria", "Approvazione della graduatoria"
    SCORRIMENTO = "scorrimento", "Scorrimento della graduatoria"
    LIQUIDAZIONE = "liquidazione", "Liquidazione"
    REVOCA = "revoca", "Revoca"
    ALTRO = "altro", "Altro"


class PaymentKind(LabeledEnum):
    ACCONTO = "acconto", "Acconto"
    SALDO = "saldo", "Saldo"
    RESTITUZIONE = "restituzione", "Restituzione"


class Funder(LabeledEnum):
    AICS = "aics", "AICS"
    MINISTERO_INTERNO = "ministero_interno", "Ministero dell'Interno"
    UNIONE_EUROPEA = "ue", "Unione europea"
    ALTRO = "altro", "Altro"


class RegionRole(LabeledEnum):
    CAPOFILA = "capofila", "Capofila"
    PARTNER = "partner", "Partner"
    ASSOCIATO = "associato", "Associato"


class PartnershipStatus(LabeledEnum):
    IDEA = "idea", "Idea"
    IN_PREPARAZIONE = "in_preparazione", "In preparazione"
    PRESENTATA = "presentata", "Presentata"
    APPROVATA = "approvata", "Approvata"
    RESPINTA = "respinta", "Respinta"
    IN_CORSO = "in_corso", "In corso"
    CONCLUSA = "conclusa", "Conclusa"


class Network(LabeledEnum):
    COMITATO_REGIONI = "comitato_regioni", "Comitato delle Regioni"
    CRPM = "crpm", "CRPM - Conferenza delle Regioni Periferiche Marittime"
    PLATFORMA = "platforma", "Platforma"
    ALTRO = "altro", "Altra rete"


class UserRole(LabeledEnum):
    AMMINISTRATORE = "amministratore", "Amministratore"
    ISTRUTTORE = "istruttore", "Istruttore"
    VALUTATORE = "valutatore", "Valutatore"
    CONSULTAZIONE = "consultazione", "Consultazione"


class AuditAction(LabeledEnum):
    CREATE = "create", "Creazione"
    UPDATE = "update", "Modifica"
    DELETE = "delete", "Eliminazione"


class DocumentKind(LabeledEnum):
    SCHEDA_VALUTAZIONE = "scheda_valutazione", "Scheda di valutazione"
    VERBALE = "verbale", "Verbale sintetico"
    AVVIO = "avvio", "Comunicazione di avvio del procedimento"
    INTEGRAZIONI = "integrazioni", "Richiesta integrazioni"
    PREAVVISO = "preavviso", "Preavviso di rigetto (art. 10-bis L. 241/1990)"
    ESITO = "esito", "Comunicazione esito"
    ALLEGATO = "allegato", "Allegato al decreto"
    ADESIONE = "adesione", "Lettera di adesione al partenariato"
    SCHEDA_PARTENARIATO = "scheda_partenariato", "Scheda di sintesi del partenariato"
