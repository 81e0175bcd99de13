#!/bin/sh
# plumb: petitecloud resize-disk host=macos hypervisor=qemu guest=linux
# from: qemu/resize-disk.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-img resize -f raw /vm/web1/root.img 16G
