#!/bin/sh
# plumb: petitecloud create-disk host=macos hypervisor=qemu guest=linux
# from: qemu/create-disk.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
set -C
mkdir -p /vm/fbsd1
: > /vm/fbsd1/disk0.img
qemu-img create -f qcow2 /vm/fbsd1/disk0.img 20G
