"""Pure domain vocabulary and rules: no Qt, no database."""
