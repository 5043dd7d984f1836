"""Shared pytest configuration: the hypothesis profile and the path of the source seed."""

from __future__ import annotations

import os

from hypothesis import settings

# Generated zones are large; a slow CI machine must not turn that into failures.
settings.register_profile("default", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
