"""Installed as the package ``dagpleje_desktop.ui`` (see pyproject.toml): the Qt Designer
forms, loaded by dagpleje_desktop/gui/forms.py through importlib.resources."""
