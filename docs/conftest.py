"""pytest over docs/: the pages' examples run as doctests (--doctest-glob=*.md); not conf.py."""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_build/*"]
