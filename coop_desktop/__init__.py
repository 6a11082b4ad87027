"""Coop Desktop: the desktop application of the international-cooperation office of Regione Toscana."""

__version__ = "0.1.0"
APP_NAME = "Coop Desktop"
ORG_NAME = "Regione Toscana"
# Used for QSettings and the user's data folders.
APP_ID = "coop-desktop"
