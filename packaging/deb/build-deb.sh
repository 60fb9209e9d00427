#!/usr/bin/env bash
# Build a .deb from the PyInstaller bundle (run packaging/build.sh first).
#   packaging/deb/build-deb.sh [--bundle DIR] [--out DIR]
# The bundle goes to /opt/wheelshare; /usr/bin/wheelshare and wheelshare-feed
# link to it; the desktop file, AppStream metainfo and icons go where desktops
# look for them. Needs dpkg-deb only (no fakeroot: files are owned by root:root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$root/dist/wheelshare
out=$root/dist
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: packaging/deb/build-deb.sh [--bundle DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done
if [ ! -x "$bundle/wheelshare" ]; then
  echo "build-deb.sh: no bundle at $bundle; run packaging/build.sh first" >&2
  exit 1
fi
app_id=org.wheelshare.Wheelshare
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -1)
arch=$(dpkg --print-architecture)
# The bundle links against the glibc it was built on; no older one will do.
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/wheelshare
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/metainfo" "$pkg/usr/share/doc/wheelshare" "$pkg/usr/share/man/man1" \
  "$pkg/usr/share/lintian/overrides"
cp -a "$bundle" "$pkg/opt/wheelshare"
ln -s /opt/wheelshare/wheelshare "$pkg/usr/bin/wheelshare"
ln -s /opt/wheelshare/wheelshare-feed "$pkg/usr/bin/wheelshare-feed"
install -m 0644 "$here/../linux/$app_id.desktop" "$pkg/usr/share/applications/"
install -m 0644 "$here/../linux/$app_id.metainfo.xml" "$pkg/usr/share/metainfo/"
(cd "$root/resources/icons" && find hicolor -name "$app_id.*" -type f) | while read -r icon; do
  install -D -m 0644 "$root/resources/icons/$icon" "$pkg/usr/share/icons/$icon"
done
install -m 0644 "$here/copyright" "$pkg/usr/share/doc/wheelshare/copyright"
install -m 0644 "$here/lintian-overrides" "$pkg/usr/share/lintian/overrides/wheelshare"
for page in wheelshare.1 wheelshare-feed.1; do
  gzip -9n < "$here/$page" > "$pkg/usr/share/man/man1/$page.gz"
done
gzip -9n < "$here/changelog" > "$pkg/usr/share/doc/wheelshare/changelog.gz"

# Plain permissions whatever the build machine's umask: dirs and the one
# executable 0755, everything else (data, Python modules, libraries) 0644.
find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg" -type f -exec chmod 0644 {} +
chmod 0755 "$pkg/opt/wheelshare/wheelshare"

size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@GLIBC@/$glibc/" \
  "$here/control.in" > "$pkg/DEBIAN/control"
# Checksums, for dpkg --verify and debsums.
(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum) \
  | sed 's|  \./|  |' > "$pkg/DEBIAN/md5sums"
chmod 0644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"

mkdir -p "$out"
deb=$out/wheelshare_${version}_${arch}.deb
# xz -6 by default; DEB_COMPRESS=gzip DEB_COMPRESS_LEVEL=1 is much faster for throw-away builds.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" -z"${DEB_COMPRESS_LEVEL:-6}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
