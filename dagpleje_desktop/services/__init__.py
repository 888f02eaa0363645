"""Use cases: the only API the GUI and the CLI call (DESIGN.md section 2).

Each call takes plain values or dataclasses, owns its transaction and returns
dataclasses, never live ORM objects.
"""
