"""PDF documents of the office: evaluation sheets, letters to applicants, decree annexes.

`layout` holds what every document shares (fonts, letterhead, "Pagina X di Y", styles, tables);
each kind of document has its own module building a platypus story from plain data.
"""
