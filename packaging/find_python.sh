#!/usr/bin/env sh
# Prints the Python that `make` makes .venv with: 3.12 or newer, the first found of
# python3.12, python3.13, python3.14, python3, then pyenv's installed versions.
# Not 3.11: PySide6 6.12 drops references to None, True and False as the window paints;
# on 3.11 those objects can be freed, and the window aborted within a thousand paints of a
# filtered tree. From 3.12 they are immortal (tests/ui/test_refcounts.py).
newer='import sys; sys.exit(sys.version_info < (3, 12))'
for candidate in python3.12 python3.13 python3.14 python3; do
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c "$newer" 2>/dev/null; then  # a pyenv shim not enabled here fails
        "$candidate" -c 'import sys; print(sys.executable)'
        exit 0
    fi
done
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for candidate in "$root"/versions/3.1[2-9]*/bin/python3; do
    if [ -x "$candidate" ] && "$candidate" -c "$newer" 2>/dev/null; then
        echo "$candidate"
        exit 0
    fi
done
exit 1
