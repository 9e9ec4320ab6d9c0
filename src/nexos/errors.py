"""Errors nexos raises on purpose.

    NexosError                 base: the CLI prints the message, exits non-zero
    ├── ConfigError            a setting or flag that cannot work
    ├── IngestError            a file that cannot be read as a document
    │   ├── UnsupportedFormat  extension / content type nexos does not read
    │   ├── EmptyDocument      no text at all after extraction
    │   ├── EncryptedDocument  password-protected PDF or DOCX
    │   ├── CorruptDocument    a damaged PDF/DOCX/HTML, undecodable bytes
    │   └── TooLarge           over the configured size limit
    ├── StoreError             the database cannot be opened or migrated
    ├── NotFound               an id or name that the store does not hold
    └── MissingExtra           an optional part is not installed

Every message says what happened and what to do about it.
"""

from __future__ import annotations


class NexosError(Exception):
    """Base of every error nexos raises on purpose."""


class ConfigError(NexosError):
    pass


class IngestError(NexosError):
    pass


class UnsupportedFormat(IngestError):
    pass


class EmptyDocument(IngestError):
    pass


class EncryptedDocument(IngestError):
    pass


class CorruptDocument(IngestError):
    pass


class TooLarge(IngestError):
    pass


class StoreError(NexosError):
    pass


class NotFound(NexosError):
    pass


class MissingExtra(NexosError):
    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs an optional part: pip install 'nexos[{extra}]'")
        self.extra = extra
