#!/bin/sh
# plumb: petitecloud status host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/status.plumb
set -eu
pgrep -L -F /vm/fbsd1/qemu.pid
