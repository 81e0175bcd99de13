#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/kill.plumb
set -eu
pkill -F /vm/web1/qemu.pid
