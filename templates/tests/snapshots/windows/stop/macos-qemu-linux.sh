#!/bin/sh
# plumb: petitecloud stop host=macos hypervisor=qemu guest=linux
# from: qemu/stop.plumb
set -eu
echo system_powerdown | nc -U /vm/win1/monitor.sock > /dev/null
