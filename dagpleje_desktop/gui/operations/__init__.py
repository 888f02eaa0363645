"""Background operations: service calls run off the GUI thread.

``runner.OperationRunner`` owns the thread pools; the area modules (``session``, ...)
are small factories that hand a service call to it with the GUI's callbacks.
"""
