#!/bin/sh
# plumb: petitecloud create host=macos hypervisor=qemu guest=freebsd
# from: qemu/create.plumb
set -eu
mkdir -p /vm/web1
