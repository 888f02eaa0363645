"""Services: meeting_cycle."""
