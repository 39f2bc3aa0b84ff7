"""SQLite session history: schema migrations, crash-safe writes. Imports core, never ui."""
