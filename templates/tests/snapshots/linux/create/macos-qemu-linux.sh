#!/bin/sh
# plumb: petitecloud create host=macos hypervisor=qemu guest=linux
# from: qemu/create.plumb
set -eu
mkdir -p /vm/web1
