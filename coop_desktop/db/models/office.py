"""The office data printed on documents (one row)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from coop_desktop.db.models.base import Base, VersionedMixin


class OfficeProfile(VersionedMixin, Base):
    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_name: Mapped[str] = mapped_column(String(300), default="")
    department: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(2), default="")
    pec: Mapped[str] = mapped_column(String(254), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    # Il Dirigente who signs acts and letters.
    head_of_office: Mapped[str] = mapped_column(String(200), default="")
    # Responsabile del procedimento named in letters (L. 241/1990 art. 7-8).
    procedure_manager: Mapped[str] = mapped_column(String(200), default="")
