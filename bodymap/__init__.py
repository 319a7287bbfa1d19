"""bodymap: a pain diary drawn on a body map."""

__version__ = "0.1.0"
