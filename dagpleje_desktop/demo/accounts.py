"""Who can log in to the fictional demo: light constants the login window shows without
loading the demo's writer (which brings calendars, holidays and the migrations)."""

from __future__ import annotations

from ..domain.enums import UserRole

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"
CHILDMINDER_USERNAME = "mette"   # mini-childminder of the home "mette"
OFFICE_USERNAME = "kontor"
# Who can log in to the demo, all with the demo password (shown on the login window).
# Their passwords are exempt from the password rules: "demo" is only for these fictional
# people; every account added later must follow the rules. The demo is also the one
# installation where a childminder shares data with the office (marked as a demo
# installation, services/security/installation_scope.py); a real one refuses that.
DEMO_USERS = ((DEMO_USERNAME, UserRole.CONSULTANT), (CHILDMINDER_USERNAME, UserRole.CHILDMINDER),
              (OFFICE_USERNAME, UserRole.OFFICE))
