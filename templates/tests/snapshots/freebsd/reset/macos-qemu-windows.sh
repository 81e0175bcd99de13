#!/bin/sh
# plumb: petitecloud reset host=macos hypervisor=qemu guest=windows
# from: qemu/reset.plumb
set -eu
echo system_reset | nc -U /vm/fbsd1/monitor.sock > /dev/null
