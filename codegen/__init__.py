"""`make generate`'s second half: the spec's facts as plain Python (facts.py)."""
