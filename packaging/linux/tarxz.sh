#!/usr/bin/env bash
# tarxz.sh VERSION DIR OUT.tar.xz: the package for any Linux, as one folder
# holding root/ (from stage.sh) and a Makefile that installs it.
set -euo pipefail
version=$1 dir=$(realpath -m "$2") out=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
name=Alongside-$version-linux-amd64
top=$dir/tar/$name
rm -rf "$dir/tar"
mkdir -p "$top" "$(dirname "$out")"
cp -a "$dir/root" "$top/root"
cp "$here/install.mk" "$top/Makefile"
cp "$dir/root/share/doc/alongside/LICENSE" "$top/LICENSE"
stamp=$(git -C "$here" log -1 --format=%ct 2>/dev/null || date +%s)
tar -C "$dir/tar" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" -cJf "$out" "$name"
ls -l "$out"
