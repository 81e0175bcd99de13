#!/bin/sh
# plumb: petitecloud create-disk host=macos hypervisor=qemu guest=windows
# from: qemu/create-disk.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
set -C
mkdir -p /vm/win1
: > /vm/win1/c.img
qemu-img create -f qcow2 /vm/win1/c.img 64G
