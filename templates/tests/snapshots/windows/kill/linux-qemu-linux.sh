#!/bin/sh
# plumb: petitecloud kill host=linux hypervisor=qemu guest=linux
# from: qemu/kill.plumb
set -eu
pkill -KILL -L -F /vm/win1/qemu.pid
