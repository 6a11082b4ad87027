"""Impostazioni ufficio: the office details printed on letters and decrees."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coop_desktop.services.office import (
    FIELD_LABELS,
    ConcurrentEditError,
    OfficeData,
    OfficeService,
    ValidationErrors,
)
from coop_desktop.ui.dialogs.record_dialog import RecordDialog
from coop_desktop.ui.forms.ui_office_settings_dialog import Ui_OfficeSettingsDialog


class OfficeSettingsDialog(RecordDialog):
    def __init__(self, office: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self.ui = Ui_OfficeSettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.edits: dict[str, QLineEdit] = {
            "office_name": ui.officeNameEdit,
            "department": ui.departmentEdit,
            "address": ui.addressEdit,
            "postal_code": ui.postalCodeEdit,
            "city": ui.cityEdit,
            "province": ui.provinceEdit,
            "pec": ui.pecEdit,
            "email": ui.emailEdit,
            "phone": ui.phoneEdit,
            "head_of_office": ui.headOfOfficeEdit,
            "procedure_manager": ui.procedureManagerEdit,
        }
        self.error_labels: dict[str, QLabel] = {
            "office_name": ui.officeNameError,
            "department": ui.departmentError,
            "address": ui.addressError,
            "postal_code": ui.postalCodeError,
            "city": ui.cityError,
            "province": ui.provinceError,
            "pec": ui.pecError,
            "email": ui.emailError,
            "phone": ui.phoneError,
            "head_of_office": ui.headOfOfficeError,
            "procedure_manager": ui.procedureManagerError,
        }
        for field, edit in self.edits.items():
            # A corrected field loses its message at once; the others keep theirs until the next save.
            edit.textEdited.connect(self.error_labels[field].hide)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._loaded = OfficeData()
        self.load()

    def load(self) -> None:
        """Show what is stored now, dropping any edits."""
        self._loaded = self._office.get()
        for field, edit in self.edits.items():
            edit.setText(getattr(self._loaded, field))
        self._clear_errors()

    def data(self) -> OfficeData:
        """The form's content, with the version it was loaded at (so stale saves are refused)."""
        values = {field: edit.text() for field, edit in self.edits.items()}
        return OfficeData(**values, version=self._loaded.version)

    def is_modified(self) -> bool:
        return self.data() != self._loaded

    def save(self) -> bool:
        """Store and close; on errors stay open with every edit kept."""
        self._clear_errors()
        try:
            saved = self._office.save(self.data())
        except ValidationErrors as exc:
            self._show_errors(exc)
            return False
        except ConcurrentEditError as exc:
            if self.ask_reload(str(exc)):
                self.load()
            return False
        self._loaded = saved
        self.accept()
        return True

    def discard_question(self) -> str:
        return self.tr("The office details were changed. Save the changes?")

    def _clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()
        self.ui.generalError.clear()
        self.ui.generalError.hide()

    def _show_errors(self, errors: ValidationErrors) -> None:
        general: list[str] = []
        for error in errors.errors:
            label = self.error_labels.get(error.field)
            if label is None:
                general.append(f"{FIELD_LABELS.get(error.field, error.field)}: {error.message}")
                continue
            label.setText(error.message)
            label.show()
        if general:
            self.ui.generalError.setText("\n".join(general))
            self.ui.generalError.show()
        first = next((self.edits[e.field] for e in errors.errors if e.field in self.edits), None)
        if first is not None:
            first.setFocus()
            first.selectAll()
