"""The call editor: fields and their Italian errors, locks by status, lifecycle, committee, roles, history."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.domain.call_lifecycle import ADMISSIBILITY_LOCKED, FINANCES_LOCKED, GRID_LOCKED
from coop_desktop.domain.call_rules import CallData, CommitteeData, CriterionData, DocumentData
from coop_desktop.domain.enums import ActorType, CallStatus, CommitteeRole, Theme
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs import call_dialog
from coop_desktop.ui.dialogs.call_dialog import CallDialog
from coop_desktop.ui.dialogs.call_sections import CODE, DESCRIPTION, MAX_POINTS
from tests.helpers.users import EVALUATOR, READER
from tests.ui.boxes import MessageBoxes, StandardButton

D = Decimal
RED = "color: #b3261e;"
OpenDialog = Callable[..., CallDialog]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def open_dialog(qtbot: QtBot, services: AppServices) -> Iterator[OpenDialog]:
    """Opens the editor of a call (None: a new one); every dialog is closed at the end without questions."""
    opened: list[CallDialog] = []

    def open_(call_id: int | None, acting: AppServices | None = None) -> CallDialog:
        dialog = CallDialog(acting or services, call_id)
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_
    for dialog in opened:
        dialog.done(0)


def _call_id(services: AppServices, code: str) -> int:
    return next(r.id for r in services.calls.fetch(ListQuery(text=code), 0, 10) if r.code == code)


def _evaluators(services: AppServices) -> list[int]:
    return [u.id for u in services.users.committee_candidates()]


def _complete(services: AppServices, code: str = "CT-2027-01", **changes: object) -> CallData:
    """A draft with everything opening it needs: dates, budget, a grid of 100 points, a committee."""
    first, second, *_rest = _evaluators(services)
    data = CallData(
        code=code,
        title="Bando 2027 di prova",
        year=2027,
        budget=D("200000"),
        opens_on=date(2027, 2, 1),
        deadline=date(2027, 3, 31),
        max_grant=D("40000"),
        min_total_score=D("60"),
        criteria=(
            CriterionData("A", "Qualita del progetto", D(60), D(30), 1),
            CriterionData("B", "Partenariato", D(40)),
        ),
        documents=(DocumentData("Formulario di progetto"),),
        committee=(CommitteeData(first, CommitteeRole.PRESIDENTE), CommitteeData(second)),
    )
    return dataclasses.replace(data, **changes)


def _move(services: AppServices, call_id: int, *targets: CallStatus) -> None:
    records = services.call_records
    for target in targets:
        records.transition(call_id, records.get(call_id).version, target)


def _fill_new_call(dialog: CallDialog) -> None:
    ui = dialog.ui
    ui.codeEdit.setText("CT-2027-02")
    ui.titleEdit.setText("Bando 2027 per la cooperazione decentrata")
    ui.yearSpin.setValue(2027)
    ui.budgetSpin.setValue(250000)
    ui.maxGrantSpin.setValue(40000)
    ui.minCofundingSpin.setValue(20)
    ui.opensOnEdit.set_value(date(2027, 2, 1))
    ui.deadlineEdit.set_value(date(2027, 4, 30))


def test_a_new_call_is_saved_as_a_draft_with_every_section(
    qtbot: QtBot, services: AppServices, open_dialog: OpenDialog
) -> None:
    dialog = open_dialog(None)
    ui = dialog.ui
    assert dialog.windowTitle() == "Nuovo bando"
    assert not ui.tabWidget.isTabEnabled(ui.tabWidget.indexOf(ui.statusPage))
    assert dialog.changes_view is None
    _fill_new_call(dialog)
    ui.typesList.item(0).setCheckState(Qt.CheckState.Checked)  # Ente locale
    ui.themesList.item(2).setCheckState(Qt.CheckState.Checked)  # Economia circolare
    dialog.countries.items["SN"].setCheckState(0, Qt.CheckState.Checked)
    dialog.countries.items["TN"].setCheckState(0, Qt.CheckState.Checked)
    assert ui.countriesCountLabel.text() == "2 paesi scelti"
    dialog.documents.add()
    ui.documentsList.item(0).setText("Formulario di progetto")
    dialog.criteria.add()
    table = ui.criteriaTable
    for column, text in ((CODE, "A"), (DESCRIPTION, "Qualita"), (MAX_POINTS, "70")):
        table.item(0, column).setText(text)
    dialog.criteria.add()
    for column, text in ((CODE, "B"), (DESCRIPTION, "Impatto"), (MAX_POINTS, "30,5")):
        table.item(1, column).setText(text)
    assert ui.gridTotalLabel.text() == "Totale dei punteggi massimi: 100,5"
    ui.candidateCombo.setCurrentIndex(0)
    ui.addMemberButton.click()
    assert dialog.committee.value()[0].role is CommitteeRole.PRESIDENTE
    assert dialog.is_modified()

    assert dialog.save()
    assert dialog.result() == CallDialog.DialogCode.Accepted
    detail = services.call_records.get(_call_id(services, "CT-2027-02"))
    assert detail.status is CallStatus.BOZZA
    data = detail.data
    assert (data.budget, data.max_grant, data.min_cofunding_pct) == (
        D("250000.00"),
        D("40000.00"),
        D("20.00"),
    )
    assert (data.opens_on, data.deadline) == (date(2027, 2, 1), date(2027, 4, 30))
    assert data.eligible_types == {ActorType.ENTE_LOCALE} and data.themes == {Theme.ECONOMIA_CIRCOLARE}
    assert data.countries == ("SN", "TN")
    assert [d.description for d in data.documents] == ["Formulario di progetto"]
    assert [(c.code, c.max_points) for c in data.criteria] == [("A", D("70.00")), ("B", D("30.50"))]
    assert [m.role for m in detail.committee] == [CommitteeRole.PRESIDENTE]


def test_field_errors_show_in_red_under_each_field(services: AppServices, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    ui = dialog.ui
    ui.codeEdit.setText("CT-2027-03")
    ui.tabWidget.setCurrentWidget(ui.gridPage)
    assert not dialog.save()
    assert dialog.isVisible()
    assert ui.titleError.isVisible() and ui.titleError.text() == "Il titolo è obbligatorio."
    assert ui.titleError.styleSheet() == RED
    assert ui.budgetError.text() == "La dotazione deve essere maggiore di zero."
    assert not ui.codeError.isVisible()
    # The page of the first error comes forward, its field takes the focus.
    assert ui.tabWidget.currentWidget() is ui.generalPage
    # A corrected field loses its message; the others keep theirs until the next save.
    ui.titleEdit.textEdited.emit("Bando")
    assert not ui.titleError.isVisible() and ui.budgetError.isVisible()
    assert services.calls.count(ListQuery(text="CT-2027-03")) == 0


def test_grid_errors_name_the_criterion_and_tint_its_cell(open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    ui = dialog.ui
    _fill_new_call(dialog)
    dialog.criteria.add()
    ui.criteriaTable.item(0, CODE).setText("A")
    ui.criteriaTable.item(0, DESCRIPTION).setText("Qualita")
    ui.tabWidget.setCurrentWidget(ui.generalPage)
    assert not dialog.save()
    assert ui.tabWidget.currentWidget() is ui.gridPage
    assert ui.criteriaError.isVisible()
    assert ui.criteriaError.text() == (
        "Criterio 1 (A) – punteggio massimo: Il punteggio massimo deve essere maggiore di zero."
    )
    cell = ui.criteriaTable.item(0, MAX_POINTS)
    assert cell.background().color().name() == "#f9dedc"
    assert "maggiore di zero" in cell.toolTip()


def test_a_call_in_evaluation_has_its_grid_and_money_read_only_with_the_reason(
    services: AppServices, open_dialog: OpenDialog
) -> None:
    call_id = services.call_records.create(_complete(services))
    _move(services, call_id, CallStatus.APERTO, CallStatus.CHIUSO, CallStatus.IN_VALUTAZIONE)
    dialog = open_dialog(call_id)
    ui = dialog.ui
    assert ui.statusBadge.text() == "In valutazione"
    assert not ui.gridBanner.isHidden() and ui.gridBanner.text() == GRID_LOCKED
    assert ui.criteriaTable.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not ui.addCriterionButton.isEnabled() and not ui.removeCriterionButton.isEnabled()
    assert ui.minTotalScoreSpin.isReadOnly()
    assert ui.budgetSpin.isReadOnly() and ui.maxGrantSpin.isReadOnly() and not ui.partialLastCheck.isEnabled()
    assert ui.deadlineEdit.isReadOnly()
    assert ui.generalBanner.text().splitlines() == [
        "Nello stato «In valutazione» alcuni campi non sono più modificabili:",
        f"• {FINANCES_LOCKED}",
        f"• {ADMISSIBILITY_LOCKED}",
        f"• {GRID_LOCKED}",
    ]
    assert ui.documentsBanner.text() == ADMISSIBILITY_LOCKED
    assert not ui.addDocumentButton.isEnabled()
    # What stays free can still be changed and saved.
    assert not ui.titleEdit.isReadOnly() and not ui.evaluatorsSpin.isReadOnly()
    ui.titleEdit.setText("Bando 2027 di prova (rettificato)")
    assert dialog.save()
    assert services.call_records.get(call_id).data.title == "Bando 2027 di prova (rettificato)"


def test_an_open_call_keeps_everything_editable(services: AppServices, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(_call_id(services, "COOP-2026"))
    ui = dialog.ui
    assert ui.gridBanner.isHidden() and ui.generalBanner.isHidden()
    assert ui.criteriaTable.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert not ui.budgetSpin.isReadOnly()
    assert ui.criteriaTable.rowCount() == 3
    assert ui.gridTotalLabel.text() == "Totale dei punteggi massimi: 100 · soglia minima: 60"
    assert not dialog.is_modified()


def test_a_refused_transition_lists_what_blocks_it(services: AppServices, open_dialog: OpenDialog) -> None:
    call_id = services.call_records.create(CallData("CT-2027-04", "Bando incompleto", 2027, D("100000")))
    dialog = open_dialog(call_id)
    ui = dialog.ui
    assert list(dialog.transition_buttons) == [CallStatus.APERTO]
    button = dialog.transition_buttons[CallStatus.APERTO]
    assert button.text() == "Passa a «Aperto»"
    button.click()
    assert ui.tabWidget.currentWidget() is ui.statusPage
    assert ui.problemsLabel.text() == "Il bando non può ancora passare a «Aperto»:"
    assert dialog.problems() == [
        "Indica le date di apertura e di scadenza.",
        "Manca la griglia di valutazione: inserisci almeno un criterio.",
    ]
    assert services.call_records.get(call_id).status is CallStatus.BOZZA


def test_the_services_refusal_is_listed_too(
    monkeypatch: pytest.MonkeyPatch, services: AppServices, open_dialog: OpenDialog, boxes: MessageBoxes
) -> None:
    """What only the service knows (here: the dialog's early check is bypassed) shows the same way."""
    call_id = services.call_records.create(CallData("CT-2027-05", "Bando incompleto", 2027, D("100000")))
    dialog = open_dialog(call_id)
    monkeypatch.setattr(call_dialog, "transition_problems", lambda facts, target: [])
    boxes.answers.append(StandardButton.Yes)
    assert not dialog.change_status(CallStatus.APERTO)
    assert "Manca la griglia di valutazione: inserisci almeno un criterio." in dialog.problems()


def test_a_transition_records_its_note_in_the_history(
    services: AppServices, open_dialog: OpenDialog, boxes: MessageBoxes
) -> None:
    call_id = services.call_records.create(_complete(services))
    dialog = open_dialog(call_id)
    ui = dialog.ui
    ui.transitionNoteEdit.setText("Pubblicato sul BURT n. 9, Parte III.")
    boxes.answers.append(StandardButton.Yes)
    dialog.transition_buttons[CallStatus.APERTO].click()
    assert boxes.texts("question") == ["Portare il bando nello stato «Aperto»?"]
    assert dialog.changed
    assert ui.currentStatusLabel.text() == "Aperto" and ui.statusBadge.text() == "Aperto"
    assert [b.text() for b in dialog.transition_buttons.values()] == ["Passa a «Chiuso»", "Torna a «Bozza»"]
    newest = [ui.historyTable.item(0, column).text() for column in range(1, 5)]
    assert newest == ["Bozza", "Aperto", "", "Pubblicato sul BURT n. 9, Parte III."]
    assert ui.historyTable.rowCount() == 2
    assert ui.transitionNoteEdit.text() == ""
    history = services.call_records.get(call_id).history
    assert [(h.to_status, h.note) for h in history][-1] == (
        CallStatus.APERTO,
        "Pubblicato sul BURT n. 9, Parte III.",
    )


def test_unsaved_edits_are_saved_before_the_status_changes(
    services: AppServices, open_dialog: OpenDialog, boxes: MessageBoxes
) -> None:
    call_id = services.call_records.create(_complete(services))
    dialog = open_dialog(call_id)
    dialog.ui.titleEdit.setText("Bando 2027 (testo definitivo)")
    boxes.answers += [StandardButton.Save, StandardButton.Yes]
    assert dialog.change_status(CallStatus.APERTO)
    detail = services.call_records.get(call_id)
    assert (detail.status, detail.data.title) == (CallStatus.APERTO, "Bando 2027 (testo definitivo)")
    assert not dialog.is_modified()


def test_starting_the_evaluation_warns_what_gets_locked(
    services: AppServices, open_dialog: OpenDialog, boxes: MessageBoxes
) -> None:
    call_id = services.call_records.create(_complete(services))
    _move(services, call_id, CallStatus.APERTO, CallStatus.CHIUSO)
    dialog = open_dialog(call_id)
    boxes.answers.append(StandardButton.No)
    assert not dialog.change_status(CallStatus.IN_VALUTAZIONE)
    assert "griglia di valutazione" in boxes.texts("question")[0]
    assert services.call_records.get(call_id).status is CallStatus.CHIUSO
    boxes.answers.append(StandardButton.Yes)
    assert dialog.change_status(CallStatus.IN_VALUTAZIONE)
    assert dialog.ui.gridBanner.text() == GRID_LOCKED


def test_an_approved_call_offers_no_further_status(services: AppServices, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(_call_id(services, "COOP-2025"))
    ui = dialog.ui
    assert dialog.transition_buttons == {}
    assert (
        ui.noTransitionLabel.text()
        == "La graduatoria è approvata: il bando ha raggiunto il suo ultimo stato."
    )
    assert ui.transitionNoteEdit.isHidden()
    assert ui.rankingLabel.text() == "Graduatoria approvata con DD n. 17890 del 15/09/2025."
    assert ui.applicationsLabel.text().startswith("20 domande registrate")
    assert ui.historyTable.rowCount() == 5
    assert ui.evaluatorsSpin.isReadOnly()  # the ranking fixes the evaluation settings too


def test_a_stale_edit_offers_to_reload(
    services: AppServices, open_dialog: OpenDialog, boxes: MessageBoxes
) -> None:
    call_id = _call_id(services, "COOP-2026")
    dialog = open_dialog(call_id)
    records = services.call_records
    seen = records.get(call_id)
    records.update(
        call_id, seen.version, dataclasses.replace(seen.data, description="Testo aggiornato altrove.")
    )
    dialog.ui.titleEdit.setText("Titolo cambiato qui")
    boxes.clicks.append("Ricarica")
    assert not dialog.save()
    assert boxes.shown[-1].title == "Modificato da un altro utente"
    assert dialog.ui.descriptionEdit.toPlainText() == "Testo aggiornato altrove."
    assert dialog.ui.titleEdit.text() == seen.data.title


def test_closing_with_changes_asks_first(open_dialog: OpenDialog, boxes: MessageBoxes) -> None:
    dialog = open_dialog(None)
    dialog.ui.codeEdit.setText("CT-2027-06")
    boxes.answers.append(StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    assert boxes.texts("question") == ["Il bando è stato modificato. Salvare le modifiche?"]
    boxes.answers.append(StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_documents_keep_their_ids_and_move(services: AppServices, open_dialog: OpenDialog) -> None:
    call_id = _call_id(services, "COOP-2026")
    before = services.call_records.get(call_id).data.documents
    dialog = open_dialog(call_id)
    ui = dialog.ui
    ui.documentsList.setCurrentRow(1)
    ui.upDocumentButton.click()
    ui.documentsList.setCurrentRow(4)
    ui.removeDocumentButton.click()
    assert dialog.save()
    after = services.call_records.get(call_id).data.documents
    assert [d.id for d in after] == [before[1].id, before[0].id, before[2].id, before[3].id]


def test_the_country_search_filters_the_tree(open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    ui = dialog.ui
    ui.countryFilterEdit.setText("sene")
    visible = [code for code, item in dialog.countries.items.items() if not item.isHidden()]
    assert visible == ["SN"]
    assert dialog.countries.items["SN"].text(0) == "Senegal"
    ui.countryFilterEdit.setText("")
    assert not dialog.countries.items["BR"].isHidden()


def test_an_empty_date_reads_none_and_delete_empties_a_date(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    edit = dialog.ui.actDateEdit
    assert edit.value() is None and edit.text().strip() == ""
    edit.set_value(date(2027, 1, 15))
    assert edit.text() == "15/01/2027"
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None


@pytest.mark.parametrize("user", [EVALUATOR, READER], ids=["valutatore", "consultazione"])
def test_read_only_roles_see_the_call_without_changing_it(
    demo_db: Database, services: AppServices, user: CurrentUser, open_dialog: OpenDialog
) -> None:
    acting = AppServices.for_database(demo_db, user)
    dialog = open_dialog(_call_id(services, "COOP-2026"), acting)
    ui = dialog.ui
    assert ui.buttonBox.button(QDialogButtonBox.StandardButton.Save) is None
    assert ui.buttonBox.button(QDialogButtonBox.StandardButton.Close) is not None
    assert ui.codeEdit.isReadOnly() and ui.budgetSpin.isReadOnly() and not ui.partialLastCheck.isEnabled()
    assert (
        ui.addCriterionButton.isHidden() and ui.addDocumentButton.isHidden() and ui.addMemberButton.isHidden()
    )
    assert all(not button.isEnabled() for button in dialog.transition_buttons.values())
    assert (
        ui.noTransitionLabel.text()
        == "Il tuo ruolo consente di consultare il bando, non di cambiarne lo stato."
    )
    assert not ui.typesList.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.changes_view is None  # the change history is for those who may read the audit trail
    assert not dialog.is_modified()
    dialog.reject()  # no question: nothing can have changed
    assert not dialog.isVisible()


def test_the_changes_tab_lists_the_calls_history(services: AppServices, open_dialog: OpenDialog) -> None:
    call_id = _call_id(services, "COOP-2026")
    records = services.call_records
    seen = records.get(call_id)
    records.update(call_id, seen.version, dataclasses.replace(seen.data, title="Bando 2026 (rettifica)"))
    dialog = open_dialog(call_id)
    assert dialog.changes_view is not None
    tabs = dialog.ui.tabWidget
    assert tabs.tabText(tabs.indexOf(dialog.changes_view)) == "Modi&fiche"
    view = dialog.changes_view
    items = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    top = next(item for item in items if item.text(2) == "Modifica: Bando")
    changes = {top.child(i).text(0): top.child(i).text(2) for i in range(top.childCount())}
    assert changes["Titolo"] == "Bando 2026 (rettifica)"


def test_the_committee_offers_only_evaluators_not_yet_members(
    services: AppServices, open_dialog: OpenDialog
) -> None:
    first, second, third = _evaluators(services)
    call_id = services.call_records.create(
        CallData("CT-2027-07", "Bando con commissione", 2027, D("100000"), committee=(CommitteeData(first),))
    )
    dialog = open_dialog(call_id)
    ui = dialog.ui
    offered = [ui.candidateCombo.itemData(i) for i in range(ui.candidateCombo.count())]
    assert offered == [second, third]
    ui.candidateCombo.setCurrentIndex(1)
    ui.addMemberButton.click()
    assert dialog.committee.member_ids() == [first, third]
    ui.committeeTable.setCurrentCell(0, 0)
    ui.removeMemberButton.click()
    assert dialog.committee.member_ids() == [third]
    assert dialog.save()
    assert [m.user_id for m in services.call_records.get(call_id).committee] == [third]
