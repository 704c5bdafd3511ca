"""HTTP front end: the REST API (:mod:`.app`) and, when present, the web UI (``ui``)."""
