#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=qemu guest=freebsd
# from: qemu/kill.plumb
set -eu
pkill -KILL -L -F /vm/web1/qemu.pid
