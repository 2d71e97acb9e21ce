"""Language twins: one release in two languages, linked, with their facts checked across.

making.py makes a twin, link.py follows a link (ids, relative paths, fingerprints),
numerals.py and facts.py read the facts each text states, match.py pairs them. Qt-free.
"""
