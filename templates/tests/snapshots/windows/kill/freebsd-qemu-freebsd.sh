#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=qemu guest=freebsd
# from: qemu/kill.plumb
set -eu
pkill -KILL -L -F /vm/win1/qemu.pid
