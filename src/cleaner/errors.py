"""The library's own error types: the only exceptions `clean` raises on purpose."""


class CleanerError(Exception):
    """Base class of every error cleaner raises for input it refuses."""

    kind = "error"


class InputTooLarge(CleanerError):
    """The input is over ``Options.max_bytes``."""

    kind = "too_large"


class UnsupportedInput(CleanerError):
    """The input is neither ``str`` nor ``bytes``."""

    kind = "unsupported"
