"""Errors the CLI turns into one line on stderr and exit status 2."""

from __future__ import annotations


class InputError(Exception):
    """A file we were given cannot be used; the message names the file and the reason."""

    def __init__(self, path: object, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class RulesetError(Exception):
    """A ruleset file is invalid; the message names the file, rule id and field."""
