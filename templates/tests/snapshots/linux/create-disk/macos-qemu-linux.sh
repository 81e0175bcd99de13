#!/bin/sh
# plumb: petitecloud create-disk host=macos hypervisor=qemu guest=linux
# from: qemu/create-disk.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
set -C
mkdir -p /vm/web1
: > /vm/web1/root.img
qemu-img create -f raw /vm/web1/root.img 16G
: > /vm/web1/data.img
qemu-img create -f raw /vm/web1/data.img 16G
