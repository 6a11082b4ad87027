"""Spreadsheet import and export (Qt-free): the CLI and the GUI call the same functions."""
