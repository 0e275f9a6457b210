"""Runnable examples (make demo, producer, webhooks, webhook handlers for web frameworks)."""
