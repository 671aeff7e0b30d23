"""Every error evalkit raises on purpose.

    EvalkitError
     ├── InputError          a file, line, id or encoding the user supplied is wrong
     ├── ConfigError         an option or combination of options makes no sense
     ├── BackendUnavailable  a model or optional package cannot be loaded
     └── PluginError         a metric plugin raised, or returned what is not scores

The CLI turns any EvalkitError into one line on stderr and exit code 2.
"""

from __future__ import annotations


class EvalkitError(Exception):
    """Base class: the message is a complete, user-facing sentence."""


class InputError(EvalkitError):
    pass


class ConfigError(EvalkitError):
    pass


class BackendUnavailable(EvalkitError):
    pass


class PluginError(EvalkitError):
    pass
