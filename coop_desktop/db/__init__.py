"""Database layer: engine, sessions, models and migrations. No Qt."""
