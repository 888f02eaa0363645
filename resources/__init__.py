"""Installed as the package ``dagpleje_desktop.resources`` (see pyproject.toml): fonts, icons,
translations, folder texts and other files the program reads at run time, found with
importlib.resources through dagpleje_desktop/package_data.py."""
