"""Qt item models shared by the pages (lazy, sorted in SQL: CONVENTIONS.md §3)."""
