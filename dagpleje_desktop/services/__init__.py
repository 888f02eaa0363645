"""Use cases: the only API the GUI and the CLI call.

Each call takes plain values or dataclasses, owns its transaction and returns
dataclasses, never live ORM objects.
"""
