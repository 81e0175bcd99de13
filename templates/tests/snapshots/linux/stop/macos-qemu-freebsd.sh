#!/bin/sh
# plumb: petitecloud stop host=macos hypervisor=qemu guest=freebsd
# from: qemu/stop.plumb
set -eu
echo system_powerdown | nc -U /vm/web1/monitor.sock > /dev/null
