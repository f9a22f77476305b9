#!/usr/bin/env bash
# test-deb-chroot.sh FILE.deb: runs test-deb.sh in a fresh Debian 12
# (minbase, made once with debootstrap into bin/debroot-base, then copied
# for each run), so nothing installed for the build can hide a missing
# dependency. Needs root (chroot, mounts), as `make test-deb` runs it.
set -uo pipefail
deb=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base=$root/bin/debroot-base run=$root/bin/debroot-run
[[ $(id -u) == 0 ]] || { echo "test-deb-chroot.sh needs root (chroot)" >&2; exit 1; }
if [[ ! -x $base/bin/bash ]]; then
	mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
	echo "making a Debian 12 base in $base (once) ..."
	debootstrap --variant=minbase --include=ca-certificates bookworm "$base" "${mirror:-http://deb.debian.org/debian}" \
		>"$root/bin/debootstrap.log" 2>&1 || { echo "debootstrap failed: see bin/debootstrap.log" >&2; rm -rf "$base"; exit 1; }
fi
unmount() { for m in proc sys dev; do umount -l "$run/$m" 2>/dev/null; done; }
# Never delete through a mount: /dev and /sys are the host's own.
remove() {
	unmount
	if grep -q " $run/" /proc/self/mounts; then echo "still mounted under $run: not removed" >&2; return 1; fi
	rm -rf "$run"
}
remove || exit 1
cp -a "$base" "$run"
trap remove EXIT
cp /etc/resolv.conf "$run/etc/resolv.conf"
cp /etc/ssl/certs/ca-certificates.crt "$run/etc/ssl/certs/ca-certificates.crt" 2>/dev/null
mount -t proc proc "$run/proc" && mount --rbind /sys "$run/sys" && mount --rbind /dev "$run/dev"
cp "$deb" "$here/test-deb.sh" "$run/root/"
chroot "$run" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
	/bin/bash -c "cd /root && ./test-deb.sh ./$(basename "$deb")"
