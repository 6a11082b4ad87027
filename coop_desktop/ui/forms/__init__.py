"""Modules generated from forms/*.ui by scripts/compile_forms.py: never edit them by hand."""
