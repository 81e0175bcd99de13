#!/bin/sh
# plumb: petitecloud kill host=macos hypervisor=qemu guest=linux
# from: qemu/kill.plumb
set -eu
pkill -KILL -L -F /vm/web1/qemu.pid
