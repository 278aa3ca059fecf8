#!/bin/sh
# Debian packages the tests need: Samba (real SMB server for the sync tests), poppler-utils
# (pdftotext/pdftoppm to read PDFs back), the X libraries Qt's xcb plugin loads, and a virtual X
# server (xvfb, xauth) on which the bundle test opens the window.
# Installs only what is missing, and only when running as root; otherwise says what to run.
PKGS="samba poppler-utils cups printer-driver-cups-pdf libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 xvfb xauth"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "note: some tests need:$missing"
  echo "      sudo apt-get install$missing"
fi
