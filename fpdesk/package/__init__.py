"""The submission package `.fpx` (FORMATS.md §4): JSONL codecs, check code,
FPX-ENC1 encryption, the writer, the verifying reader and the importer."""

from fpdesk.domain.messages import ClerkError

FORMAT = "fpdesk-package"
VERSION = 1


class PackageRefused(ClerkError):
    """The whole package is refused; str() is the Chinese message for the clerk,
    message_en the English."""


class Cancelled(Exception):
    """The clerk cancelled an export or import: nothing was written or changed."""
