#!/bin/sh
# plumb: petitecloud status host=macos hypervisor=qemu guest=linux
# from: qemu/status.plumb
set -eu
pgrep -L -F /vm/web1/qemu.pid
