"""The Soggetti tab timing used by the benchmark really drives the tab (figures are not asserted)."""

from __future__ import annotations

from coop_desktop.db.engine import Database
from coop_desktop.services.actors import ActorService
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.tab_timing import measure
from tests.helpers.users import ADMIN


def test_measure_types_sorts_and_reports_every_column(demo_db: Database, qapp: object) -> None:
    url = demo_db.url.render_as_string(hide_password=False)
    figures = measure(url, keystrokes=("prato", "ong"))
    assert figures["actors"] == ActorService(demo_db, ADMIN).count(ListQuery())
    assert figures["keystrokes"] == len("prato") + len("ong")
    assert set(figures["sort_s"]) == {
        "name", "actor_type", "tax_code", "municipality", "province", "pec", "applications", "funds_received",
    }  # fmt: skip
    assert 0 < figures["keystroke_median_s"] <= figures["keystroke_p95_s"] <= figures["keystroke_max_s"]
