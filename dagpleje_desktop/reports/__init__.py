"""ReportLab documents built from plain data.

Every module here is a pure function of the dataclasses in ``reports.data``: no
SQLAlchemy, no services, no Qt. ``services.documents.printing`` gathers the data, calls a
``render_*`` function and writes the bytes to disk.
"""
