"""Shared pytest configuration: the hypothesis profiles.

``default`` (the README's test command, CI) draws 30 examples a property, so that the
whole run stays within its 90 s; ``thorough`` draws 500, for a change to the records,
the readers or the queries: ``HYPOTHESIS_PROFILE=thorough python -m pytest``.
Properties over whole zones draw half as many (``tests.strategies.zone_settings``).
"""

from __future__ import annotations

import os

from hypothesis import settings

# Generated zones are large; a slow CI machine must not turn that into failures.
settings.register_profile("default", deadline=None, print_blob=True, max_examples=30)
settings.register_profile("thorough", deadline=None, print_blob=True, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
