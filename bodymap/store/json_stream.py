"""Reading a large JSON document a piece at a time (no Qt, no database).

:class:`JsonStream` walks the outer structure of a document (objects and lists) the caller
asks about and hands every other value to :func:`json.JSONDecoder.raw_decode` whole, so an
export of fifty years is read one episode at a time: the memory it needs is that of one
episode plus a buffer, not of the document.  The text is decoded from UTF-8 (a byte-order mark
is skipped) as it is read.

    stream = JsonStream(binary_file)
    for key in stream.object_keys():          # the top-level object
        if key == "profiles":
            for _index in stream.array_items():
                ...
        else:
            value = stream.value()

Errors are :class:`StreamError` with the line and column, in the words of :mod:`json`
("Expecting ',' delimiter").  A value that ends at the end of the buffer is read again with
more text (a number could go on), and a value that does not parse is retried with more text
until the end of the file, where the error is real.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

#: Bytes read at a time.
CHUNK = 1 << 20
_WHITESPACE = " \t\n\r"


class StreamError(ValueError):
    """The text is not valid JSON, or not UTF-8, at the place named."""

    def __init__(self, message: str, line: int = 0, column: int = 0, byte: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.byte = byte


class JsonStream:
    def __init__(
        self, source: IO[bytes], parse_constant: Callable[[str], Any] | None = None,
        on_read: Callable[[int], None] | None = None,
    ) -> None:
        self._source = source
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = json.JSONDecoder(parse_constant=parse_constant)
        self._buffer = ""
        self._pos = 0
        self._eof = False
        #: Bytes read from the source so far.
        self.bytes_read = 0
        self._on_read = on_read
        #: Lines before the start of the buffer (for the place of an error).
        self._lines_before = 0
        self._line_start = 0  # offset of the current line's start, relative to the buffer

    # -- the buffer -------------------------------------------------------------------------

    def _more(self, at_least: int = 0) -> bool:
        """Read more text into the buffer; False at the end of the source."""
        if self._eof:
            return False
        # Drop what has been consumed, keeping the count of lines for error messages.
        if self._pos:
            dropped = self._buffer[: self._pos]
            newlines = dropped.count("\n")
            if newlines:
                self._lines_before += newlines
                self._line_start = dropped.rfind("\n") + 1 - self._pos
            else:
                self._line_start -= self._pos
            self._buffer = self._buffer[self._pos :]
            self._pos = 0
        data = self._source.read(max(at_least, CHUNK))
        if not data:
            self._eof = True
            tail = self._decode(b"", final=True)
            self._buffer += tail
            return bool(tail)
        self.bytes_read += len(data)
        self._buffer += self._decode(data, final=False)
        if self._on_read is not None:
            self._on_read(self.bytes_read)
        return True

    def _decode(self, data: bytes, final: bool) -> str:
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            at = self.bytes_read - len(data) + exc.start
            raise StreamError("not UTF-8 text", byte=max(at, 0)) from exc

    def _place(self, pos: int) -> tuple[int, int]:
        text = self._buffer
        line = self._lines_before + text.count("\n", 0, pos) + 1
        last = text.rfind("\n", 0, pos)
        column = pos - last if last >= 0 else pos - self._line_start + 1
        return line, column

    def _fail(self, message: str, pos: int | None = None) -> StreamError:
        line, column = self._place(self._pos if pos is None else pos)
        return StreamError(message, line, column)

    def _peek(self) -> str:
        """The next character that is not white space ("" at the end of the text)."""
        while True:
            text, pos = self._buffer, self._pos
            n = len(text)
            while pos < n and text[pos] in _WHITESPACE:
                pos += 1
            self._pos = pos
            if pos < n:
                return text[pos]
            if not self._more():
                return ""

    def _expect(self, char: str, message: str) -> None:
        if self._peek() != char:
            raise self._fail(message)
        self._pos += 1

    # -- what the caller reads --------------------------------------------------------------

    def at_end(self) -> bool:
        """Nothing but white space is left."""
        return self._peek() == ""

    def next_char(self) -> str:
        """The first character of the next value (``{``, ``[``, ``"``...), not consumed."""
        return self._peek()

    def value(self) -> Any:
        """The next value, whole."""
        want = CHUNK
        while True:
            if not self._peek():
                raise self._fail("Expecting value")
            try:
                value, end = self._json.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as exc:
                if self._more(want):
                    want *= 2
                    continue
                raise self._fail(exc.msg, exc.pos) from exc
            except RecursionError as exc:
                raise self._fail("nested too deeply") from exc
            if end >= len(self._buffer) and not self._eof:
                # It ends where the text read so far ends: a number may go on.
                if self._more(want):
                    continue
            self._pos = end
            return value


    def object_keys(self) -> Iterator[str]:
        """The keys of the object that comes next, in order; after each, the caller reads its
        value (:meth:`value`, or :meth:`object_keys` / :meth:`array_items` for a container)."""
        self._expect("{", "Expecting value")
        if self._peek() == "}":
            self._pos += 1
            return
        while True:
            if self._peek() != '"':
                raise self._fail("Expecting property name enclosed in double quotes")
            key = self.value()
            self._expect(":", "Expecting ':' delimiter")
            yield key
            char = self._peek()
            if char == ",":
                self._pos += 1
                continue
            if char == "}":
                self._pos += 1
                return
            raise self._fail("Expecting ',' delimiter")

    def array_items(self) -> Iterator[int]:
        """The indexes of the list that comes next; the caller reads each item after its index."""
        self._expect("[", "Expecting value")
        if self._peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            char = self._peek()
            if char == ",":
                self._pos += 1
                continue
            if char == "]":
                self._pos += 1
                return
            raise self._fail("Expecting ',' delimiter")
