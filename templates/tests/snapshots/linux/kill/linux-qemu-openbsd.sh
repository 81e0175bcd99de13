#!/bin/sh
# plumb: petitecloud kill host=linux hypervisor=qemu guest=openbsd
# from: qemu/kill.plumb
set -eu
pkill -KILL -L -F /vm/web1/qemu.pid
