"""One error hierarchy with stable codes.

    TidingsError (E000)
    ├── InputError (E1xx)        a file or record cannot be read as an article
    │   ├── EmptyInput    E101
    │   ├── BinaryInput   E102
    │   ├── EncodingError E103
    │   ├── MalformedRecord E104   (bad JSON / JSONL line, missing "text")
    │   ├── NoArticleBody E105     (HTML with nothing to extract)
    │   ├── InputTooLarge E106
    │   ├── UnreadablePath E107
    │   ├── NotEnglish    E108
    │   └── BadDate       E109     (a date that is not a calendar date in a known form)
    ├── ModelError (E2xx)        the spaCy pipeline is missing or broken
    ├── DataError (E3xx)         a bundled data file fails validation
    ├── StoreError (E4xx)        the database cannot be opened or written
    ├── GoldError (E5xx)         a gold file cannot be read for evaluation
    ├── BadFilter (E601)         a filter or option value is not one the codebooks or date forms accept
    ├── ScaleError (E6xx)        a Dask run cannot start or resume (E600), a partition that failed twice (E602)
    └── RequestRefused (E7xx)    the HTTP API refuses a request (``status`` is the HTTP status)
        ├── Unauthorized      E701   401: a write without the server's token
        ├── Forbidden         E702   403: writes or /analyze turned off on this server
        ├── BodyTooLarge      E703   413: a body over the server's limit (refused before it is read whole)
        ├── UnsupportedMedia  E704   415: a body that is not JSON
        ├── InvalidRequest    E705   400 malformed JSON, 422 a body or parameter that fails validation
        ├── RequestTimeout    E706   408: a body that does not arrive in time
        └── NotFound          E707   404/405: no such endpoint or method

Every message names the code and says what to do. Raise with ``from e``.
"""

from __future__ import annotations


class TidingsError(Exception):
    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message} [{self.code}]"


class InputError(TidingsError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class MalformedRecord(InputError):
    code = "E104"


class NoArticleBody(InputError):
    code = "E105"


class InputTooLarge(InputError):
    code = "E106"


class UnreadablePath(InputError):
    code = "E107"


class NotEnglish(InputError):
    code = "E108"


class BadDate(InputError):
    code = "E109"


class ModelError(TidingsError):
    code = "E201"


class DataError(TidingsError):
    code = "E301"


class StoreError(TidingsError):
    code = "E401"


class GoldError(TidingsError):
    code = "E501"


class BadFilter(TidingsError):
    """A usage error: the CLI exits 2 with this one line, the API answers 422."""

    code = "E601"


class RequestRefused(TidingsError):
    code = "E700"
    status = 400

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status


class Unauthorized(RequestRefused):
    code = "E701"
    status = 401


class Forbidden(RequestRefused):
    code = "E702"
    status = 403


class BodyTooLarge(RequestRefused):
    code = "E703"
    status = 413


class UnsupportedMedia(RequestRefused):
    code = "E704"
    status = 415


class InvalidRequest(RequestRefused):
    code = "E705"
    status = 422


class RequestTimeout(RequestRefused):
    code = "E706"
    status = 408


class NotFound(RequestRefused):
    code = "E707"
    status = 404


class ScaleError(TidingsError):
    code = "E600"


def input_error(code: str, message: str, *, path: str | None = None, line: int | None = None) -> InputError:
    """Rebuild the InputError subclass for a stable ``code`` (used when a Failure must be raised)."""
    for cls in InputError.__subclasses__():
        if cls.code == code:
            return cls(message, path=path, line=line)
    return InputError(message, path=path, line=line)
