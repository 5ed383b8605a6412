"""Bundled data: the Sixth Plenary press release and the curated links for it."""
