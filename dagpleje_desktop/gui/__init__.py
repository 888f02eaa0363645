"""The PySide6 desktop interface. The only layer that imports Qt; it calls services only."""

from .refcount_guard import protect_singletons

protect_singletons()  # before any Qt call: see refcount_guard for the PySide6 defect
