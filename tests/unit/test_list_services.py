"""The list services page, sort and filter in SQL exactly as the tables need."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coop_desktop.db.engine import Database
from coop_desktop.db.models import PartnershipDeadline
from coop_desktop.domain.enums import ActorType, ApplicationStatus
from coop_desktop.services.actors import ActorService
from coop_desktop.services.calls import CallService
from coop_desktop.services.listing import ListQuery
from coop_desktop.services.partnerships import PartnershipService
from tests.helpers.factories import make_actor, make_application, make_call, make_partnership
from tests.helpers.users import ADMIN


def _seed_actors(db: Database) -> None:
    with db.transaction() as s:
        make_actor(
            s,
            name="Comune di Città della Pieve",
            municipality="Città della Pieve",
            province="PG",
            actor_type=ActorType.ENTE_LOCALE,
        )
        make_actor(
            s,
            name="Università di Siena",
            municipality="Siena",
            province="SI",
            actor_type=ActorType.UNIVERSITA,
            email="rettore@unisi.it",
        )
        make_actor(s, name="Associazione Niccolò", municipality="Prato", province="PO")
        make_actor(s, name="Vecchia ONG", province="FI", actor_type=ActorType.ONG, is_archived=True)


def test_actor_search_ignores_case_and_accents(db: Database) -> None:
    _seed_actors(db)
    service = ActorService(db, ADMIN)
    assert service.count(ListQuery()) == 3  # archived hidden by default
    assert [r.name for r in service.fetch(ListQuery(text="CITTA"), 0, 10)] == ["Comune di Città della Pieve"]
    assert [r.name for r in service.fetch(ListQuery(text="niccolo"), 0, 10)] == ["Associazione Niccolò"]
    assert [r.name for r in service.fetch(ListQuery(text="unisi.it"), 0, 10)] == ["Università di Siena"]
    assert service.count(ListQuery(text="siena rettore")) == 1
    assert service.count(ListQuery(text="100%")) == 0


def test_actor_filters_and_archived(db: Database) -> None:
    _seed_actors(db)
    service = ActorService(db, ADMIN)
    assert service.count(ListQuery(filters={"province": "si"})) == 1
    assert service.count(ListQuery(filters={"actor_type": "ente_locale"})) == 1
    archived = service.fetch(ListQuery(filters={"archived": True}), 0, 10)
    assert [r.name for r in archived] == ["Vecchia ONG"]


def test_actor_sort_and_paging_never_overlap(db: Database) -> None:
    with db.transaction() as s:
        for i in range(25):
            make_actor(s, name=f"Soggetto {i % 5}", province="LU")
    service = ActorService(db, ADMIN)
    query = ListQuery(sort_key="name", descending=True)
    pages = [service.fetch(query, offset, 10) for offset in (0, 10, 20)]
    ids = [r.id for page in pages for r in page]
    assert len(ids) == 25 and len(set(ids)) == 25
    assert pages[0][0].name == "Soggetto 4"
    assert pages[2][-1].name == "Soggetto 0"


def test_actor_counts_applications_and_funds(db: Database) -> None:
    with db.transaction() as s:
        lead = make_actor(s, name="Capofila")
        call = make_call(s)
        make_application(
            s, call, lead, granted_amount=Decimal("12500.50"), status=ApplicationStatus.FINANZIATA
        )
        make_application(s, call, lead, status=ApplicationStatus.NON_IDONEA)
    row = ActorService(db, ADMIN).fetch(ListQuery(text="capofila"), 0, 1)[0]
    assert row.applications == 2
    assert row.funds_received == Decimal("12500.50")
    top = ActorService(db, ADMIN).fetch(ListQuery(sort_key="funds_received", descending=True), 0, 1)[0]
    assert top.name == "Capofila"


def test_call_rows_count_received_admitted_funded(db: Database) -> None:
    with db.transaction() as s:
        lead = make_actor(s)
        call = make_call(s, code="COOP-X", budget=Decimal("90000"))
        for status, grant in (
            (ApplicationStatus.FINANZIATA, "40000"),
            (ApplicationStatus.FINANZIATA_PARZIALMENTE, "10000.25"),
            (ApplicationStatus.AMMESSA_NON_FINANZIATA, None),
            (ApplicationStatus.NON_AMMISSIBILE, None),
            (ApplicationStatus.RICEVUTA, None),
        ):
            make_application(s, call, lead, status=status, granted_amount=Decimal(grant) if grant else None)
    (row,) = CallService(db, ADMIN).fetch(ListQuery(text="coop-x"), 0, 10)
    assert (row.received, row.admitted, row.funded) == (5, 3, 2)
    assert row.committed == Decimal("50000.25")
    assert row.budget == Decimal("90000.00")


def test_partnership_next_deadline_ignores_done(db: Database) -> None:
    with db.transaction() as s:
        p = make_partnership(s, title="Rete Mediterraneo")
        s.add_all(
            [
                PartnershipDeadline(
                    partnership_id=p.id, description="Rapporto", due_on=date(2026, 1, 10), done=True
                ),
                PartnershipDeadline(
                    partnership_id=p.id, description="Rapporto finale", due_on=date(2026, 6, 30)
                ),
            ]
        )
        make_partnership(s, title="Senza scadenze")
    rows = PartnershipService(db, ADMIN).fetch(ListQuery(sort_key="next_deadline"), 0, 10)
    dated = {r.title: r.next_deadline for r in rows}
    assert dated == {"Rete Mediterraneo": date(2026, 6, 30), "Senza scadenze": None}


def test_search_index_follows_inserts_updates_and_deletes(db: Database) -> None:
    from coop_desktop.domain.actor_rules import ActorInput
    from coop_desktop.services.actors import ActorRecords

    records = ActorRecords(db, ADMIN)
    actor_id = records.create(
        ActorInput(
            name='Cooperativa "Il Ponte"', actor_type="impresa", tax_code="01234560017", email="ponte@coop.it"
        )
    )
    service = ActorService(db, ADMIN)
    assert service.count(ListQuery(text='"il ponte"')) == 1
    assert service.count(ListQuery(text="ponte@coop")) == 1
    detail = records.get(actor_id)
    records.update(
        actor_id, detail.version, ActorInput(**{**vars(detail.data), "name": "Cooperativa Arcobaleno"})
    )
    assert service.count(ListQuery(text="ponte coop")) == 1  # still matched by its e-mail
    assert service.count(ListQuery(text="cooperativa ponte it")) == 1
    assert service.count(ListQuery(text="arcobaleno")) == 1
    assert service.count(ListQuery(text='Il Ponte"')) == 0
    records.delete(actor_id)
    assert service.count(ListQuery(text="arcobaleno")) == 0


def test_first_keystrokes_match_word_starts(db: Database) -> None:
    _seed_actors(db)
    service = ActorService(db, ADMIN)
    assert [r.name for r in service.fetch(ListQuery(text="u"), 0, 10)] == ["Università di Siena"]
    assert service.count(ListQuery(text="si")) == 1  # "Siena", not the "si" inside other words
    assert service.count(ListQuery(text="di")) == 2
    assert service.count(ListQuery(text="-")) == 0


def test_archived_filter_has_three_states(db: Database) -> None:
    _seed_actors(db)
    service = ActorService(db, ADMIN)
    assert service.count(ListQuery(filters={"archived": None})) == 4
    assert service.count(ListQuery(filters={"archived": True})) == 1
    assert service.count(ListQuery(filters={"archived": False})) == 3
