"""Benchmarks of musicapi-client against raw httpx and the vendor SDK (musicapi-sdk 0.1.0), measured side by side
in one run. `make bench` writes benchmarks/RESULTS.md and benchmarks/polling.png; `--smoke` runs tiny sizes."""
