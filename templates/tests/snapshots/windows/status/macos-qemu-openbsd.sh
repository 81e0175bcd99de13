#!/bin/sh
# plumb: petitecloud status host=macos hypervisor=qemu guest=openbsd
# from: qemu/status.plumb
set -eu
pgrep -L -F /vm/win1/qemu.pid
