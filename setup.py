"""Stop an install on a Python older than 3.11 with a sentence that says what to do.

pyproject.toml holds everything else. This file exists because older pip (22.0, which a new
venv has on Ubuntu 22.04, whose python3 is 3.10, and 23.0) ignores this project's
requires-python and, after downloading the voices, fails on the first dependency that has no
release for that Python, with a message that does not say Python is the cause.
"""
import sys

if sys.version_info < (3, 11):
    sys.exit(f"handout needs Python 3.11 or newer, and this is Python {sys.version.split()[0]}. "
             "On Ubuntu 22.04, install Python 3.11 (sudo apt install python3.11-venv), "
             "delete .venv and make it again with python3.11 -m venv .venv")

from setuptools import setup  # noqa: E402 (after the check, which must run without it)

setup()
