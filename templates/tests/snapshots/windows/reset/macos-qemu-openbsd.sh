#!/bin/sh
# plumb: petitecloud reset host=macos hypervisor=qemu guest=openbsd
# from: qemu/reset.plumb
set -eu
echo system_reset | nc -U /vm/win1/monitor.sock > /dev/null
