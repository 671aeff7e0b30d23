"""`python -m evalkit` = the `evalkit` command."""

from .cli import main

main()
