"""Qt item models over service results (model/view, rows loaded lazily)."""
