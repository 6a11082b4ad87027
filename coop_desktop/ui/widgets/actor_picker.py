"""Choose an actor of the register by typing: a line edit whose pop-up lists the matches of the search.

The search is the Soggetti tab's (`ActorService`, SQL, a page of matches), run once typing pauses;
each match shows its type and codice fiscale, so that two namesakes can be told apart. Choosing one
puts its name in the edit and emits `chosen`; typing again forgets the choice until another is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from coop_desktop.domain.enums import ActorType
from coop_desktop.services.actors import ActorService
from coop_desktop.services.listing import ListQuery

# Matches shown at once: enough to scroll through, few enough that a page is one quick query.
MATCHES = 30
SEARCH_DELAY_MS = 150
_ACTOR_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PickedActor:
    id: int
    name: str
    actor_type: ActorType | None = None
    tax_code: str | None = None
    place: str | None = None


class ActorPicker(QObject):
    """Binds a QLineEdit (from a .ui form) and, optionally, a label describing the chosen actor."""

    # The chosen actor, or None when the text no longer names one.
    chosen = Signal(object)

    def __init__(
        self, actors: ActorService, edit: QLineEdit, info: QLabel | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or edit)
        self._actors = actors
        self._edit = edit
        self._info = info
        self._actor: PickedActor | None = None
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        edit.textEdited.connect(self._typed)
        self._describe()

    @property
    def actor(self) -> PickedActor | None:
        return self._actor

    @property
    def actor_id(self) -> int | None:
        return self._actor.id if self._actor else None

    def set_actor(self, actor: PickedActor | None) -> None:
        """Show a stored choice (or none) without searching."""
        self._timer.stop()
        self._actor = actor
        self._edit.setText(actor.name if actor else "")
        self._describe()

    def set_editable(self, editable: bool) -> None:
        self._edit.setReadOnly(not editable)
        if not editable:
            self._timer.stop()

    # -- searching ------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self._edit.isReadOnly():
            return
        if self._actor is not None and text != self._actor.name:
            self._actor = None
            self.chosen.emit(None)
        self._describe()
        self._timer.start()

    def search(self) -> int:
        """Fill the pop-up with the actors matching the edit's text now; returns how many."""
        self._timer.stop()
        text = self._edit.text().strip()
        self.matches.clear()
        if len(text) < 2:
            self.completer.popup().hide()
            return 0
        for row in self._actors.fetch(ListQuery(text=text), 0, MATCHES):
            place = f"{row.municipality} ({row.province})" if row.municipality and row.province else None
            actor = PickedActor(row.id, row.name, row.actor_type, row.tax_code, place or row.municipality)
            item = QStandardItem(self._line(actor))
            item.setData(actor, _ACTOR_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        count = self.matches.rowCount()
        if count and self._edit.hasFocus():
            self.completer.complete()
        elif not count:
            self.completer.popup().hide()
        if self._actor is None:
            self._describe(found=count)
        return count

    def choose(self, row: int) -> PickedActor:
        """Pick the match on `row` of the pop-up (what a click or Enter does)."""
        return self._pick(self.matches.item(row).data(_ACTOR_ROLE))

    def _activated(self, index: QModelIndex) -> None:
        actor = index.data(_ACTOR_ROLE)
        if isinstance(actor, PickedActor):
            self._pick(actor)

    def _pick(self, actor: PickedActor) -> PickedActor:
        self._actor = actor
        self._edit.setText(actor.name)
        self.completer.popup().hide()
        self._describe()
        self.chosen.emit(actor)
        return actor

    # -- describing ------------------------------------------------------------------------------

    def _line(self, actor: PickedActor) -> str:
        return " — ".join(part for part in (actor.name, *self._details(actor)) if part)

    def _details(self, actor: PickedActor) -> list[str]:
        parts = []
        if actor.actor_type is not None:
            parts.append(actor.actor_type.label)
        parts.append(
            self.tr("tax code {code}").format(code=actor.tax_code)
            if actor.tax_code
            else self.tr("no tax code")
        )
        if actor.place:
            parts.append(actor.place)
        return parts

    def _describe(self, found: int | None = None) -> None:
        if self._info is None:
            return
        if self._actor is not None:
            self._info.setText(" · ".join(self._details(self._actor)))
        elif found == 0:
            self._info.setText(self.tr("No actor of the register matches: register it first in Soggetti."))
        elif self._edit.text().strip():
            self._info.setText(self.tr("Choose the actor from the list that opens while you type."))
        else:
            self._info.clear()
