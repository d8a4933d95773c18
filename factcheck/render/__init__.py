"""Renderers: one module per output format (terminal, JSON, Markdown)."""
