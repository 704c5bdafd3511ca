"""German language data: lexicons and word lists used by the stages."""
