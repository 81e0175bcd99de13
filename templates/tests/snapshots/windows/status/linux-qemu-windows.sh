#!/bin/sh
# plumb: petitecloud status host=linux hypervisor=qemu guest=windows
# from: qemu/status.plumb
set -eu
pgrep -L -F /vm/win1/qemu.pid
