"""The bundled data: zone.json, the single source of truth."""
