"""Modelli di lettere: the office edits the subject and text of each letter to the applicants.

Choose the letter, edit its subject and text (the mark-up is explained under the text), insert a
field with a double-click on the list, and read the letter as it would print in the preview, made a
moment after typing stops, with invented data or a real application of the database. A problem in
the template (an unknown field, a syntax error) shows in red, in Italian, with its line: saving
refuses it the same way. «Ripristina predefiniti» puts back the text shipped with the application.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from coop_desktop.domain.formatting import format_datetime
from coop_desktop.printing.letter_templates import TemplateProblem, blocks_html
from coop_desktop.services.errors import ServiceError, ValidationErrors
from coop_desktop.services.letter_templates import LetterTemplateService, TemplateData
from coop_desktop.ui.dialogs.record_dialog import RecordDialog
from coop_desktop.ui.forms.ui_letter_template_dialog import Ui_LetterTemplateDialog

if TYPE_CHECKING:
    from coop_desktop.ui.app_services import AppServices

# Milliseconds without typing before the preview is made again.
PREVIEW_DELAY_MS = 300
_SAMPLE = None  # the preview's entry for the invented data


class LetterTemplateDialog(RecordDialog):
    def __init__(self, service: LetterTemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.ui = Ui_LetterTemplateDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.splitter.setSizes([560, 240, 380])
        self._loaded: TemplateData | None = None
        self._contexts: dict[tuple[str, int | None], dict[str, Any]] = {}
        # Where a double-clicked field goes: the subject or the text, whichever had the focus last.
        self._target: QWidget = ui.bodyEdit
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.reset_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.close_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        for kind, label in service.kinds():
            ui.kindCombo.addItem(label, kind)
        editable = service.can_edit
        ui.titleEdit.setReadOnly(not editable)
        ui.bodyEdit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.reset_button.setEnabled(editable)
        if not editable:
            self.setWindowTitle(self.tr("Letter templates (read only)"))
        self._shown_kind = ""
        ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        ui.titleEdit.textChanged.connect(self._edited)
        ui.bodyEdit.textChanged.connect(self._edited)
        ui.previewCombo.currentIndexChanged.connect(lambda _: self.refresh_preview())
        ui.fieldsList.itemDoubleClicked.connect(self.insert_field)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_default)
        ui.buttonBox.rejected.connect(self.reject)
        ui.titleEdit.installEventFilter(self)
        ui.bodyEdit.installEventFilter(self)
        self.show_kind(self.kind())

    # -- what is shown -------------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def show_kind(self, kind: str) -> None:
        """Show the letter's template as stored now, its fields and the applications to preview."""
        ui = self.ui
        self._shown_kind = kind
        self._loaded = self._service.get(kind)
        for editor in (ui.titleEdit, ui.bodyEdit):
            editor.blockSignals(True)
        ui.titleEdit.setText(self._loaded.title)
        ui.titleEdit.setCursorPosition(0)
        ui.bodyEdit.setPlainText(self._loaded.body)
        for editor in (ui.titleEdit, ui.bodyEdit):
            editor.blockSignals(False)
        ui.fieldsList.clear()
        for name, description in self._service.fields(kind).items():
            item = QListWidgetItem(f"{name} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(description)
            ui.fieldsList.addItem(item)
        ui.previewCombo.blockSignals(True)
        ui.previewCombo.clear()
        ui.previewCombo.addItem(self.tr("Sample data"), _SAMPLE)
        try:
            for application_id, label in self._service.preview_applications(kind):
                ui.previewCombo.addItem(label, application_id)
        except ServiceError:
            pass  # the invented data are enough to preview
        ui.previewCombo.blockSignals(False)
        self._show_status()
        self.refresh_preview()

    def _show_status(self) -> None:
        loaded = self._loaded
        if loaded is None:
            return
        if not loaded.customised:
            text = self.tr("Text shipped with the application")
        elif loaded.updated_at is not None:
            text = self.tr("Edited by the office ({when})").format(when=format_datetime(loaded.updated_at))
        else:
            text = self.tr("Edited by the office")
        self.ui.statusLabel.setText(text)
        self.reset_button.setEnabled(self._service.can_edit and loaded.customised)

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind()
        if kind == self._shown_kind:
            return
        if self.is_modified() and not self._settle_edits():
            combo = self.ui.kindCombo
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(self._shown_kind))
            combo.blockSignals(False)
            return
        self.show_kind(kind)

    def _settle_edits(self) -> bool:
        """The letter shown was edited: save, discard or stay. True when the edits are settled."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The template of «{letter}» was changed. Save the changes?").format(
                letter=self._loaded.label if self._loaded else ""
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _edited(self) -> None:
        self.preview_timer.start()

    # -- fields and preview ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.FocusIn and watched in (self.ui.titleEdit, self.ui.bodyEdit):
            self._target = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def insert_field(self, item: QListWidgetItem) -> None:
        """Write `{{ field }}` where the cursor is, in the subject or the text (the subject cannot
        print itself: `oggetto` always goes in the text)."""
        if not self._service.can_edit:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        text = "{{ " + str(name) + " }}"
        if self._target is self.ui.titleEdit and name != "oggetto":
            self.ui.titleEdit.insert(text)
            self.ui.titleEdit.setFocus()
        else:
            self.ui.bodyEdit.insertPlainText(text)
            self.ui.bodyEdit.setFocus()

    def _context(self) -> dict[str, Any]:
        kind = self.kind()
        application_id = self.ui.previewCombo.currentData()
        key = (kind, application_id)
        if key not in self._contexts:
            try:
                self._contexts[key] = self._service.preview_context(kind, application_id)
            except ServiceError as exc:
                self._show_error(str(exc))
                self._contexts[key] = self._service.sample(kind)
        return self._contexts[key]

    def refresh_preview(self) -> bool:
        """Render the letter being edited; False (and the problem in red) when it cannot be."""
        self.preview_timer.stop()
        try:
            letter = self._service.render(
                self.kind(), self.ui.titleEdit.text(), self.ui.bodyEdit.toPlainText(), self._context()
            )
        except TemplateProblem as exc:
            self._show_error(exc.text)
            return False
        self._show_error("")
        self.ui.previewBrowser.setHtml(blocks_html(letter))
        return True

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def preview_text(self) -> str:
        return self.ui.previewBrowser.toPlainText()

    # -- saving ------------------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        loaded = self._loaded
        if loaded is None or not self._service.can_edit:
            return False
        return (
            self.ui.titleEdit.text().strip() != loaded.title.strip()
            or self.ui.bodyEdit.toPlainText().rstrip() != loaded.body.rstrip()
        )

    def load(self) -> None:
        """Show the stored template again, dropping edits (what «Ricarica» does)."""
        self.show_kind(self.kind())

    def save(self) -> bool:
        loaded = self._loaded
        if loaded is None:
            return False
        try:
            saved = self._service.save(
                loaded.kind, self.ui.titleEdit.text(), self.ui.bodyEdit.toPlainText(), loaded.version
            )
        except ValidationErrors as exc:
            self._show_error(str(exc))
            return False
        except ServiceError as exc:
            if not self.answer_refusal(exc, self.tr("Letter template")):
                self._show_error(str(exc))
            return False
        self._loaded = saved
        self._show_status()
        self._show_error("")
        self.ui.statusLabel.setText(self.ui.statusLabel.text() + " — " + self.tr("saved"))
        return True

    def reset_to_default(self) -> bool:
        """Put back the text shipped with the application, after asking."""
        loaded = self._loaded
        if loaded is None or not loaded.customised:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore the default text"),
            self.tr(
                "Restore the text of «{letter}» shipped with the application? "
                "The office's version is deleted."
            ).format(letter=loaded.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._service.reset(loaded.kind, loaded.version)
        except ServiceError as exc:
            if not self.answer_refusal(exc, self.tr("Letter template")):
                self._show_error(str(exc))
            return False
        self.show_kind(loaded.kind)
        return True

    def discard_question(self) -> str:
        return self.tr("The letter template was changed. Save the changes?")

    def reject(self) -> None:
        # Esc, Close and the title bar's button: edits are saved, discarded or kept open.
        if self.is_modified() and not self._settle_edits():
            return
        super(RecordDialog, self).reject()


def open_letter_templates(parent: QWidget | None, services: AppServices) -> None:
    """Show the letter templates' editor modally (Strumenti › Modelli di lettere…)."""
    dialog = LetterTemplateDialog(services.letter_templates, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


__all__ = ["LetterTemplateDialog", "open_letter_templates"]
