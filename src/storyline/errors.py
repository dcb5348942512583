"""Every error storyline raises, in one tree.

    StorylineError
    ├── ConfigError              a setting has a bad value or the config file cannot be read
    ├── InputError               a document cannot be read; the batch records it and goes on
    │   ├── EmptyInputError          0 bytes, or no text left after decoding
    │   ├── BinaryInputError         looks like an image, archive or other non-text file
    │   ├── EncodingError            invalid UTF-8 / wrong declared charset beyond repair
    │   ├── InputTooLargeError       over the size limit (also a gzip bomb's inflated size)
    │   ├── UnsupportedFormatError   a file ending storyline does not read
    │   ├── MalformedInputError      HTML/XML/JSON/feed/WARC that cannot be parsed
    │   │   └── TruncatedArchiveError   a WARC (or gzip) that ends mid-record
    │   ├── UnreadableInputError     cannot be opened or fetched (permission, network, HTTP status)
    │   │   └── MissingInputError        no such file, a glob that matches nothing, HTTP 404/410
    │   └── BlockedAddressError      a URL the fetch guard refuses (not http(s), an internal address)
    ├── ExtractionError          a stage failed on a document it accepted
    │   └── TimeBudgetError          a document's stages ran past the per-document time budget
    ├── StoreError               the database refused or is unreachable
    │   ├── StoreConnectionError     cannot connect / open the database
    │   ├── StoreRefusedError        one record the database cannot hold (NUL characters); the batch goes on
    │   ├── NotFoundError            no article (story, entity) with that id
    │   └── MigrationError           the schema cannot be brought to the current version
    └── MissingExtraError        an optional dependency is not installed

The library raises; only the CLI and the web app translate these into exit codes and responses.
Messages say what went wrong, the offending value, and how to fix it.
"""
from __future__ import annotations


class StorylineError(Exception):
    """Root of every error storyline raises on purpose."""

    #: short stable name recorded in the store for skipped documents
    code = "error"

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"{message} — {fix}" if fix else message)


class ConfigError(StorylineError):
    code = "config"


class InputError(StorylineError):
    code = "input"

    def __init__(self, message: str, *, source: str = "", fix: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message, fix=fix)


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class InputTooLargeError(InputError):
    code = "too-large"


class UnsupportedFormatError(InputError):
    code = "unsupported"


class MalformedInputError(InputError):
    code = "malformed"


class TruncatedArchiveError(MalformedInputError):
    code = "truncated"


class UnreadableInputError(InputError):
    code = "unreadable"


class MissingInputError(UnreadableInputError):
    code = "missing"


class ExtractionError(StorylineError):
    code = "extraction"


class TimeBudgetError(ExtractionError):
    code = "time-budget"


class StoreError(StorylineError):
    code = "store"


class StoreConnectionError(StoreError):
    code = "store-connection"


class StoreRefusedError(StoreError):
    code = "store-refused"


class NotFoundError(StoreError):
    code = "not-found"


class MigrationError(StoreError):
    code = "migration"


class MissingExtraError(StorylineError):
    code = "missing-extra"

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"the optional module {module!r} is not installed",
            fix=f"pip install 'storyline[{extra}]'",
        )


class BlockedAddressError(InputError):
    """A fetch the guard refuses: not http(s), or a hop resolves to an internal address
    (loopback, private, link-local, metadata…) that the `fetch_allow` setting does not list."""

    code = "blocked-address"
