#!/usr/bin/env bash
# Installs the Debian package in a clean Debian 12 root and runs it there
# (docs/PACKAGING.md, "Testing the package in a clean Debian 12").
#
# Builds the package in build-package/ (Release, without the tests), or
# takes the one given with --deb. The clean root is a minbase
# `debootstrap bookworm` from the Debian mirror this machine's apt uses,
# made once and kept as build-debroot/bookworm-base.tar; each run unpacks a
# fresh copy, installs the package there with `apt-get install
# ./weaklink_*.deb xdg-utils` (Recommends on, as a user's apt does), runs
# the programs and the desktop lookups, removes the package and installs it
# again beside desktop-file-utils (the dpkg triggers), and deletes the copy.
# Each check prints PASS or FAIL; the exit status is 1 if any failed. The
# screenshot is left in build-debroot/screenshot.png, apt's logs in
# build-debroot/apt-*.log, downloaded packages in build-debroot/archives/
# (reused by the next run).
#
# Usage: installer/test-deb.sh [--deb PATH] [--new-root]
#   --deb PATH   test this package instead of building one
#   --new-root   make the cached root again (for a newer bookworm)
# Needs root (debootstrap, chroot, mount).
set -euo pipefail

usage() { sed -n '/^# Usage:/,/^# Needs root/s/^# \{0,1\}//p' "$0"; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command_line="$0 $*"
deb=""
new_root=0
while [ $# -gt 0 ]; do
  case $1 in
    --deb) [ $# -ge 2 ] || { usage >&2; exit 2; }; deb=$2; shift 2 ;;
    --new-root) new_root=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "test-deb.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "test-deb.sh: must run as root (debootstrap, chroot and mount need it); try: sudo bash $command_line" >&2
  exit 1
fi

start=$SECONDS
cache=$repo/build-debroot
suite=bookworm
base_tar=$cache/$suite-base.tar
example=$repo/../shared/examples/ai-platform-analytics-breach.json
root=""        # the temporary root of this run
base_dir=""    # debootstrap's folder while the cache is made
failures=0

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo; echo "== $* ($((SECONDS - start)) s)"; }

# Mount points at or under $1, deepest first.
mounts_under() {
  awk -v d="$1" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

# Unmounts everything under $1, then deletes it; leaves it (and says so) if
# something stays mounted, so that rm never reaches into a mounted folder.
remove_tree() {
  local dir=$1 m
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done < <(mounts_under "$dir")
  if [ -n "$(mounts_under "$dir")" ]; then
    echo "test-deb.sh: still mounted under $dir, not deleted:" >&2
    mounts_under "$dir" >&2
    return 1
  fi
  rm -rf --one-file-system "$dir"
}

cleanup() {
  local status=$?
  remove_tree "$root" || status=1
  remove_tree "$base_dir" || status=1
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ -f "$example" ] || { echo "test-deb.sh: the example model is missing: $example" >&2; exit 1; }

step "Tools"
bash "$repo/scripts/install-deps.sh" debootstrap

# The package.
if [ -z "$deb" ]; then
  step "Building the package in build-package/"
  bash "$repo/scripts/install-deps.sh"
  if [ ! -f "$repo/build-package/build.ninja" ]; then
    cmake -S "$repo" -B "$repo/build-package" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DWEAKLINK_BUILD_TESTS=OFF
  fi
  cmake --build "$repo/build-package"
  rm -f "$repo"/build-package/deb/weaklink_*.deb
  cpack -G DEB -B "$repo/build-package/deb" --config "$repo/build-package/CPackConfig.cmake"
  debs=("$repo"/build-package/deb/weaklink_*.deb)
  [ -f "${debs[0]}" ] || { echo "test-deb.sh: cpack made no weaklink_*.deb" >&2; exit 1; }
  deb=${debs[0]}
fi
[ -f "$deb" ] || { echo "test-deb.sh: no such package: $deb" >&2; exit 1; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
version=$(dpkg-deb -f "$deb" Version)
echo "Package: $deb ($(du -h "$deb" | cut -f1), version $version)"

# The Debian archives this machine's apt reads for bookworm (its main
# component), e.g. "http://deb.debian.org/debian/ bookworm": the first
# (the suite itself) is debootstrap's mirror, all go into the root's
# sources.list.
# shellcheck disable=SC2016 # apt's own $(FIELD)s
mapfile -t sources < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' \
  'Identifier: Packages' 'Component: main' | awk -v s="$suite" '$2 ~ "^" s "(-|$)"' | sort -u -k2,2)
mirror=""
for s in "${sources[@]}"; do
  [ "${s#* }" = "$suite" ] && mirror=${s%% *}
done
if [ -z "$mirror" ]; then
  echo "test-deb.sh: this machine's apt has no source for $suite main (see /etc/apt/sources.list*)" >&2
  exit 1
fi
# A proxy in apt's configuration is used by debootstrap and by the root's apt.
apt_proxy=""
eval "$(apt-config shell apt_proxy Acquire::http::Proxy)"
if [ -n "$apt_proxy" ] && [ -z "${http_proxy:-}" ]; then
  export http_proxy=$apt_proxy
fi
root_env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
  LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 DEBIAN_FRONTEND=noninteractive)
[ -z "${http_proxy:-}" ] || root_env+=("http_proxy=$http_proxy")
[ -z "${https_proxy:-}" ] || root_env+=("https_proxy=$https_proxy")

mkdir -p "$cache/archives"

# The clean root, made once.
if [ "$new_root" = 1 ] || [ ! -f "$base_tar" ]; then
  step "Making the clean $suite root (debootstrap --variant=minbase from $mirror)"
  base_dir=$(mktemp -d "$cache/base.XXXXXX")
  chmod 755 "$base_dir" # the root's /, kept in the tarball
  debootstrap --variant=minbase "$suite" "$base_dir" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
    tail -n 30 "$cache/debootstrap.log" >&2
    echo "test-deb.sh: debootstrap failed (log: $cache/debootstrap.log)" >&2
    exit 1
  }
  tar -C "$base_dir" --numeric-owner -cf "$base_tar.part" .
  mv "$base_tar.part" "$base_tar"
  remove_tree "$base_dir"
  base_dir=""
  echo "Cached: $base_tar ($(du -h "$base_tar" | cut -f1))"
fi

step "Unpacking a fresh root from $(basename "$base_tar")"
root=$(mktemp -d "$cache/root.XXXXXX")
tar -C "$root" --numeric-owner -xpf "$base_tar"
chmod 755 "$root"
mount -t proc proc "$root/proc"
mount --bind /dev/pts "$root/dev/pts"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
: >"$root/etc/apt/sources.list"
for s in "${sources[@]}"; do
  echo "deb ${s%% *} ${s#* } main" >>"$root/etc/apt/sources.list"
done
if [ -n "${http_proxy:-}" ]; then
  echo "Acquire::http::Proxy \"$http_proxy\";" >"$root/etc/apt/apt.conf.d/01proxy"
fi
# A throwaway root: dpkg need not sync every file it writes.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
# No services start in the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/run/user"
mkdir -m 700 "$root/run/user/0"
# The work folder: readable by apt's download user _apt, unlike /root.
work=/srv/weaklink-test
mkdir -p "$root$work"
cp "$deb" "$example" "$root$work/"
deb_name=$(basename "$deb")
example_name=$(basename "$example")

# Runs a command in the root, in $work, with a plain environment.
in_root() {
  chroot "$root" /usr/bin/env -i -C "$work" "${root_env[@]}" "$@"
}

# show COMMAND...: prints "$ COMMAND" and runs it in the root; its output
# (standard output and error) is in $out.
out=""
show() {
  echo "\$ $*"
  local status=0
  out=$(in_root "$@" 2>&1) || status=$?
  [ -z "$out" ] || printf '%s\n' "$out"
  return "$status"
}

step "apt-get update"
if ! in_root apt-get update -q >"$cache/apt-update.log" 2>&1; then
  tail -n 30 "$cache/apt-update.log"
  fail "apt-get update in the root (log: build-debroot/apt-update.log)"
  exit 1
fi
grep -E '^Reading package lists' "$cache/apt-update.log" | tail -n 1 || true

step "Installing the package and xdg-utils"
echo "\$ apt-get install -y ./$deb_name xdg-utils"
if in_root apt-get install -y -q ./"$deb_name" xdg-utils >"$cache/apt-install.log" 2>&1; then
  grep -E '^[0-9]+ upgraded|^Need to get|^After this operation' "$cache/apt-install.log" || true
  pass "apt-get install ./$deb_name xdg-utils (log: build-debroot/apt-install.log)"
else
  tail -n 30 "$cache/apt-install.log"
  fail "apt-get install ./$deb_name xdg-utils (log: build-debroot/apt-install.log)"
  exit 1
fi
show dpkg-query -W weaklink xdg-utils libfile-mimeinfo-perl shared-mime-info desktop-file-utils || true
# Without libfile-mimeinfo-perl, xdg-mime asks file(1), which calls a
# document application/vnd.sqlite3.
# shellcheck disable=SC2016 # dpkg-query's ${Status}
if in_root dpkg-query -W -f '${Status}' libfile-mimeinfo-perl 2>/dev/null | grep -q 'install ok installed'; then
  pass "libfile-mimeinfo-perl installed with xdg-utils (its Recommends)"
else
  echo "NOTE: libfile-mimeinfo-perl did not come with xdg-utils; installing it explicitly"
  in_root apt-get install -y -q libfile-mimeinfo-perl >>"$cache/apt-install.log" 2>&1
fi

step "The programs"
if show weaklink-cli --version && [[ $out =~ ^weaklink(-cli)?\ ${version//./\\.}$ ]]; then
  pass "weaklink-cli --version"
else
  fail "weaklink-cli --version (expected: weaklink-cli $version)"
fi

echo "\$ weaklink-cli simulate $example_name --trials 10000 --rng-seed 1 -o result.json"
if in_root weaklink-cli simulate "$example_name" --trials 10000 --rng-seed 1 -o result.json \
  && in_root grep -q '"format": "weaklink-simulation"' result.json; then
  in_root sed -n -e '/"scenario"/,/^  }/p' -e '/"expected_exposed_records"/,/"total"/p' \
    -e '/"compromised_count"/,/"mean"/p' result.json
  pass "weaklink-cli simulate on the example"
else
  fail "weaklink-cli simulate on the example"
fi

if show weaklink-cli import "$example_name" -o x.weaklink && in_root test -s x.weaklink; then
  pass "weaklink-cli import: x.weaklink"
else
  fail "weaklink-cli import: x.weaklink"
fi
in_root cp x.weaklink attachment.dat

step "The desktop"
for f in x.weaklink attachment.dat; do
  if show xdg-mime query filetype "$f" && [ "$out" = application/x-weaklink ]; then
    pass "xdg-mime query filetype $f"
  else
    fail "xdg-mime query filetype $f (expected: application/x-weaklink)"
  fi
done
if show xdg-mime query default application/x-weaklink && [ "$out" = weaklink.desktop ]; then
  pass "xdg-mime query default application/x-weaklink"
else
  fail "xdg-mime query default application/x-weaklink (expected: weaklink.desktop)"
fi

rm -f "$cache/screenshot.png"
if show env QT_QPA_PLATFORM=offscreen weaklink x.weaklink --screenshot shot.png \
  && cp "$root$work/shot.png" "$cache/screenshot.png" 2>/dev/null \
  && [ -s "$cache/screenshot.png" ] \
  && [ "$(head -c 8 "$cache/screenshot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
  echo "build-debroot/screenshot.png: $(file -b "$cache/screenshot.png" 2>/dev/null || du -h "$cache/screenshot.png" | cut -f1)"
  pass "QT_QPA_PLATFORM=offscreen weaklink --screenshot: a PNG"
else
  fail "QT_QPA_PLATFORM=offscreen weaklink --screenshot: no PNG"
fi

# Above, shared-mime-info came in the same apt-get run as the package, so
# its own postinst built the MIME database. On a desktop it is there
# already (with desktop-file-utils), and the package relies on their dpkg
# triggers: remove it and install it again.
step "The triggers: removed and installed again beside shared-mime-info and desktop-file-utils"
in_root apt-get install -y -q desktop-file-utils >>"$cache/apt-install.log" 2>&1
# mime_state: the type of attachment.dat, the default for the type and
# the desktop-file-utils cache's line for it.
mime_state() {
  show xdg-mime query filetype attachment.dat || true
  filetype=$out
  show xdg-mime query default application/x-weaklink || true
  default=$out
  show grep -h application/x-weaklink /usr/share/applications/mimeinfo.cache || true
  cache_line=$out
}
echo "\$ apt-get purge -y weaklink"
in_root apt-get purge -y -q weaklink >"$cache/apt-purge.log" 2>&1
grep -E '^Processing triggers for (shared-mime-info|desktop-file-utils)' "$cache/apt-purge.log" || true
mime_state
if [ "$filetype" = application/vnd.sqlite3 ] && [ -z "$default" ] && [ -z "$cache_line" ]; then
  pass "removed: a document is application/vnd.sqlite3 again, no default application"
else
  fail "removed: expected application/vnd.sqlite3, no default application, no mimeinfo.cache line"
fi
echo "\$ apt-get install -y ./$deb_name"
in_root apt-get install -y -q ./"$deb_name" >"$cache/apt-reinstall.log" 2>&1
grep -E '^Processing triggers for (shared-mime-info|desktop-file-utils)' "$cache/apt-reinstall.log" || true
mime_state
if [ "$filetype" = application/x-weaklink ] && [ "$default" = weaklink.desktop ] \
  && [ "$cache_line" = "application/x-weaklink=weaklink.desktop;" ]; then
  pass "installed again: application/x-weaklink, weaklink.desktop, in mimeinfo.cache"
else
  fail "installed again: expected application/x-weaklink, weaklink.desktop and its mimeinfo.cache line"
fi

remove_tree "$root"
root=""
echo
echo "Total: $((SECONDS - start)) s; $failures failed"
[ "$failures" -eq 0 ]
