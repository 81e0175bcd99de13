#!/bin/sh
# plumb: petitecloud resize-disk host=macos hypervisor=qemu guest=freebsd
# from: qemu/resize-disk.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-img resize -f qcow2 /vm/fbsd1/disk0.img 20G
