"""Sync by package files: operations, merge, scope, package format, crypto.

Services (``services/sync.py``, ``services/devices.py``) are the API; these modules work
on a session the service owns.
"""
