#!/bin/sh
# plumb: petitecloud kill host=macos hypervisor=qemu guest=openbsd
# from: qemu/kill.plumb
set -eu
pkill -KILL -L -F /vm/win1/qemu.pid
