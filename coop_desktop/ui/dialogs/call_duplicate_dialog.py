"""Duplica bando: next year's call from an existing one, asking only its code and year."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from coop_desktop.services.call_records import CallRecords
from coop_desktop.services.calls import CallRow
from coop_desktop.services.errors import ServiceError, ValidationErrors
from coop_desktop.ui.forms.ui_call_duplicate_dialog import Ui_CallDuplicateDialog


def suggested_code(code: str, year: int, new_year: int) -> str:
    """COOP-2026 → COOP-2027; a code without its year gets the new year appended."""
    if str(year) in code:
        return code.replace(str(year), str(new_year))
    return f"{code}-{new_year}"


class CallDuplicateDialog(QDialog):
    def __init__(self, records: CallRecords, source: CallRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._source = source
        # The id of the draft created, once OK succeeded.
        self.new_call_id: int | None = None
        self.ui = Ui_CallDuplicateDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "A new draft copies the rules, grid, required documents, lists and committee of «{code}». "
                "Its dates move by the years in between; decree and BURT are left empty."
            ).format(code=source.code)
        )
        new_year = source.year + 1
        ui.yearSpin.setValue(new_year)
        self._suggested = suggested_code(source.code, source.year, new_year)
        ui.codeEdit.setText(self._suggested)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Duplicate"))
        ui.codeEdit.textEdited.connect(ui.codeError.hide)
        ui.yearSpin.valueChanged.connect(self._year_changed)
        ui.buttonBox.accepted.connect(self.duplicate)
        ui.buttonBox.rejected.connect(self.reject)
        self._clear_errors()

    def _year_changed(self, year: int) -> None:
        self.ui.yearError.hide()
        # While the code is still the suggested one, it follows the year.
        if self.ui.codeEdit.text() == self._suggested:
            self._suggested = suggested_code(self._source.code, self._source.year, year)
            self.ui.codeEdit.setText(self._suggested)

    def _clear_errors(self) -> None:
        for label in (self.ui.codeError, self.ui.yearError, self.ui.generalError):
            label.clear()
            label.hide()

    def duplicate(self) -> bool:
        self._clear_errors()
        try:
            self.new_call_id = self._records.duplicate(
                self._source.id, self.ui.codeEdit.text().strip(), self.ui.yearSpin.value()
            )
        except ValidationErrors as exc:
            labels: dict[str, QLabel] = {"code": self.ui.codeError, "year": self.ui.yearError}
            general = []
            for error in exc.errors:
                label = labels.get(error.field)
                if label is None:
                    general.append(error.message)
                else:
                    label.setText(error.message)
                    label.show()
            if general:
                self._show_general("\n".join(general))
            return False
        except ServiceError as exc:
            self._show_general(str(exc))
            return False
        self.accept()
        return True

    def _show_general(self, text: str) -> None:
        self.ui.generalError.setText(text)
        self.ui.generalError.show()
