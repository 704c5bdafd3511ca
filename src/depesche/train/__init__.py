"""Training recipes, one module per shipped model (see ``depesche train``)."""
