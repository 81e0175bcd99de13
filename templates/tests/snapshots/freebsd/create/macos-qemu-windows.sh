#!/bin/sh
# plumb: petitecloud create host=macos hypervisor=qemu guest=windows
# from: qemu/create.plumb
set -eu
mkdir -p /vm/fbsd1
