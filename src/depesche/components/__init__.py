"""Pipeline components, one module per stage."""
