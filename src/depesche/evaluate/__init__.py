"""Evaluation harnesses, one module per benchmark (see ``depesche eval``)."""
