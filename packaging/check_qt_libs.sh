#!/bin/sh
# Run by `make run` before the window starts (Linux): are the system libraries that Qt's X11
# platform plugin (xcb) loads installed? Without them Qt aborts with "could not load the Qt
# platform plugin xcb" and names none of them; this names them and the apt line that adds them.
# Not needed, so not checked, when another platform is chosen (QT_QPA_PLATFORM=offscreen).
#   QT_XCB_LIBS="soname=package ..."  replaces the list checked (try a name that does not exist
#                                     to see the message)
set -eu
[ "$(uname -s)" = Linux ] || exit 0
case "${QT_QPA_PLATFORM:-xcb}" in xcb*) ;; *) exit 0 ;; esac
libs=${QT_XCB_LIBS:-"libxcb-cursor.so.0=libxcb-cursor0 libxcb-icccm.so.4=libxcb-icccm4
libxcb-keysyms.so.1=libxcb-keysyms1 libxcb-image.so.0=libxcb-image0
libxcb-render-util.so.0=libxcb-render-util0 libxcb-shape.so.0=libxcb-shape0
libxcb-randr.so.0=libxcb-randr0 libxcb-xkb.so.1=libxcb-xkb1
libxkbcommon-x11.so.0=libxkbcommon-x11-0"}
# ldconfig lives in /sbin, which a user's PATH on Debian leaves out; no ldconfig: no check.
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
[ -x "$ldconfig" ] || exit 0
known=$("$ldconfig" -p | awk 'NR > 1 { print $1 }')
missing="" packages=""
for pair in $libs; do
    packages="$packages ${pair#*=}"
    printf '%s\n' "$known" | grep -Fqx "${pair%%=*}" || missing="$missing ${pair%%=*}"
done
[ -z "$missing" ] && exit 0
echo "The Catalogue window needs system libraries that are not installed:$missing" >&2
echo "Install them with:" >&2
echo "    sudo apt install$packages" >&2
echo "(or run without a screen: QT_QPA_PLATFORM=offscreen make run ARGS=\"--self-test\")" >&2
exit 1
