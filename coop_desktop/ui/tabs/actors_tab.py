"""The Soggetti tab: the actors register, searchable and filtered, with its record actions and Excel.

Dialogs open window-modal but without blocking (`open()`), and each action returns the dialog it
opened: the tab reloads when it is accepted, and tests can drive it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox, QWidget

from coop_desktop.domain.enums import ActorType
from coop_desktop.domain.italy import PROVINCES, TUSCAN_PROVINCES
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.actors import ActorRow
from coop_desktop.services.errors import InUseError, ServiceError
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.forms.ui_actors_tab import Ui_ActorsTab
from coop_desktop.ui.models.actors_table_model import ActorsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding
from coop_desktop.ui.workers import Job, run_with_progress

log = logging.getLogger(__name__)


class ActorsTab(QWidget):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._records = services.actor_records
        self._folder = Path.home()  # where the last file was chosen
        self.export_job: Job | None = None
        self.ui = Ui_ActorsTab()
        self.ui.setupUi(self)
        self.model = ActorsTableModel(services.actors, self)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )
        self._fill_filters()
        self._connect_actions()

    def _count_text(self, total: int) -> str:
        return self.tr("%n actor(s)", "", total)

    # -- filters ----------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        types = ui.typeCombo
        types.addItem(self.tr("All types"), "")
        for actor_type in ActorType:
            types.addItem(actor_type.label, actor_type.value)

        provinces = ui.provinceCombo
        provinces.addItem(self.tr("All provinces"), "")
        # Tuscan provinces first: nearly every actor of the register is in one of them.
        for code in TUSCAN_PROVINCES:
            provinces.addItem(f"{code} – {PROVINCES[code]}", code)
        provinces.insertSeparator(provinces.count())
        for code in sorted(set(PROVINCES) - set(TUSCAN_PROVINCES)):
            provinces.addItem(f"{code} – {PROVINCES[code]}", code)

        bodies = ui.bodyCombo
        bodies.addItem(self.tr("All bodies"), 0)
        for body in self._services.governance.bodies():
            bodies.addItem(body.name, body.id)
            bodies.setItemData(bodies.count() - 1, body.kind, Qt.ItemDataRole.ToolTipRole)
        bodies.setEnabled(bodies.count() > 1)

        archived = ui.archivedCombo
        # The service reads archived: False active only, True archived only, None both.
        archived.addItem(self.tr("Active"), False)
        archived.addItem(self.tr("Archived"), True)
        archived.addItem(self.tr("Active and archived"), None)

        self._filter_on_change(types, "actor_type")
        self._filter_on_change(provinces, "province")
        self._filter_on_change(bodies, "body_id")
        archived.currentIndexChanged.connect(
            lambda _index: self.model.set_filter("archived", archived.currentData(), none_is_value=True)
        )

    def _filter_on_change(self, combo: QComboBox, key: str) -> None:
        combo.currentIndexChanged.connect(
            lambda _index: self.model.set_filter(key, combo.currentData() or None)
        )

    # -- actions ----------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(self.new_actor)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.archiveButton.clicked.connect(self.toggle_archived)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.mergeButton.clicked.connect(self.merge_selected)
        ui.importButton.clicked.connect(self.import_from_excel)
        ui.exportButton.clicked.connect(self.export_view)
        ui.templateButton.clicked.connect(self.download_template)
        # Double-click or Enter on a row opens its record.
        ui.tableView.activated.connect(lambda index: self.open_record(self.model.row_at(index.row()).id))
        ui.tableView.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def selected_rows(self) -> list[ActorRow]:
        selection = self.ui.tableView.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.row_at(row) for row in rows]

    def _update_actions(self) -> None:
        ui = self.ui
        rows = self.selected_rows()
        # The services refuse edits to roles without the permission; the buttons say so first.
        editor = self._services.user.can(Permission.EDIT_ACTORS)
        ui.newButton.setEnabled(editor)
        ui.importButton.setEnabled(editor)
        ui.editButton.setEnabled(len(rows) == 1)
        ui.editButton.setText(self.tr("&Edit…") if editor else self.tr("&Open…"))
        ui.deleteButton.setEnabled(editor and len(rows) == 1)
        ui.archiveButton.setEnabled(editor and bool(rows))
        ui.mergeButton.setEnabled(editor and len(rows) in (1, 2))
        restore = bool(rows) and all(row.is_archived for row in rows)
        ui.archiveButton.setText(self.tr("&Restore") if restore else self.tr("&Archive"))
        ui.archiveButton.setToolTip(
            self.tr("Bring the selected actors back among the active ones")
            if restore
            else self.tr("Archive the selected actors: they leave the active list but keep their history")
        )

    def reload_keeping(self, ids: Iterable[int]) -> None:
        """Reload the list and select again the rows of these actors that it still shows."""
        wanted = set(ids)
        self.model.reload()
        table = self.ui.tableView
        selection = QItemSelection()
        first: QModelIndex | None = None
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in wanted:
                index = self.model.index(row, 0)
                selection.select(index, index)
                first = first or index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().select(selection, flags)
        if first is not None:
            table.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            table.scrollTo(first)

    def _selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    # -- records ----------------------------------------------------------------------------------

    def new_actor(self) -> QDialog:
        return self.open_record(None)

    def edit_selected(self) -> QDialog | None:
        rows = self.selected_rows()
        return self.open_record(rows[0].id) if len(rows) == 1 else None

    def open_record(self, actor_id: int | None) -> QDialog:
        # Imported when first opened: its Qt classes would only slow down the first paint.
        from coop_desktop.ui.dialogs.actor_dialog import ActorDialog

        dialog = ActorDialog(
            self._records,
            self._services.governance,
            actor_id,
            self,
            audit=self._services.audit,
            documents=self._services.documents,
        )
        dialog.accepted.connect(lambda: self.reload_keeping([dialog.actor_id] if dialog.actor_id else []))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_archived(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        archive = not all(row.is_archived for row in rows)
        try:
            for row in rows:
                self._records.set_archived(row.id, archive)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Actors"), str(exc))
        self.reload_keeping(row.id for row in rows)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        answer = QMessageBox.question(
            self,
            self.tr("Delete actor"),
            self.tr("Delete «{name}»? This cannot be undone.").format(name=row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._records.delete(row.id)
        except InUseError as exc:
            if row.is_archived:
                QMessageBox.information(self, self.tr("Delete actor"), str(exc))
                return
            answer = QMessageBox.question(
                self,
                self.tr("Delete actor"),
                self.tr("{reason}\n\nArchive it instead?").format(reason=exc),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                self._records.set_archived(row.id, True)
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Delete actor"), str(error))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete actor"), str(exc))
        self.reload_keeping([])

    def merge_selected(self) -> QDialog | None:
        ids = self._selected_ids()
        if len(ids) not in (1, 2):
            return None
        from coop_desktop.ui.dialogs.actor_merge_dialog import ActorMergeDialog

        try:
            dialog = ActorMergeDialog(
                self._services.actors, self._records, ids[0], ids[1] if len(ids) == 2 else None, self
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Merge duplicates"), str(exc))
            self.reload_keeping([])
            return None
        dialog.accepted.connect(lambda: self.reload_keeping([dialog.survivor_id or 0]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- Excel ------------------------------------------------------------------------------------

    def import_from_excel(self) -> QDialog:
        from coop_desktop.ui.dialogs.actor_import_wizard import ActorImportWizard

        wizard = ActorImportWizard(self._services.actor_excel, self)

        def finished(_result: int) -> None:
            if wizard.imported:
                self.reload_keeping(self._selected_ids())
            wizard.deleteLater()

        wizard.finished.connect(finished)
        wizard.open()
        return wizard

    def _save_path(self, title: str, name: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(self._folder / name), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() != ".xlsx":
            chosen = chosen.with_name(chosen.name + ".xlsx")
        self._folder = chosen.parent
        return chosen

    def export_view(self) -> Job | None:
        """Save exactly the rows the list shows (search, filters, order) to an .xlsx, in the background."""
        name = f"soggetti-{date.today().isoformat()}.xlsx"
        path = self._save_path(self.tr("Export the list to Excel"), name)
        if path is None:
            return None
        query = self.model.query
        excel = self._services.actor_excel
        title = self.tr("Export to Excel")

        def exported(result: Any) -> None:
            self.export_job = None
            QMessageBox.information(
                self,
                title,
                self.tr("%n actor(s) exported to {path}.", "", result.rows).format(path=result.path),
            )

        def failed(error: BaseException) -> None:
            self.export_job = None
            self._report_failure(title, error)

        self.export_job, _dialog = run_with_progress(
            self,
            title,
            self.tr("Exporting the actors…"),
            lambda progress, is_cancelled: excel.export_view(path, query, progress, is_cancelled),
            exported,
            failed,
        )
        return self.export_job

    def download_template(self) -> Path | None:
        title = self.tr("Download the import template")
        path = self._save_path(title, "modello-soggetti.xlsx")
        if path is None:
            return None
        try:
            written = self._services.actor_excel.write_template(path)
        except (ServiceError, OSError) as exc:
            self._report_failure(title, exc)
            return None
        QMessageBox.information(
            self,
            title,
            self.tr("The template was saved to {path}. Fill in the «Soggetti» sheet, then import it.").format(
                path=written
            ),
        )
        return written

    def _report_failure(self, title: str, error: BaseException) -> None:
        from coop_desktop.exchange.errors import OperationCancelled

        if isinstance(error, OperationCancelled):
            QMessageBox.information(self, title, str(error))
        elif isinstance(error, ServiceError):
            QMessageBox.warning(self, title, str(error))
        elif isinstance(error, OSError):
            QMessageBox.warning(
                self, title, self.tr("The file could not be written: {error}").format(error=error)
            )
        else:
            log.error("unexpected failure", exc_info=error)
            QMessageBox.critical(self, title, self.tr("Unexpected error: {error}").format(error=error))
