import sys

try:
    import aiohttp  # noqa: F401 - the server needs it; say how to get it instead of a traceback
except ModuleNotFoundError:
    print("musicapi_sandbox: the sandbox needs aiohttp: pip install 'musicapi-client[sandbox]'", file=sys.stderr)
    sys.exit(2)

from .server import main

main()
