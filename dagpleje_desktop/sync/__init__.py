"""Sync by package files: operations, merge, scope, package format, crypto.

Services (``services/exchange/sync.py``, ``services/exchange/devices.py``) are the API; these modules work
on a session the service owns.
"""
