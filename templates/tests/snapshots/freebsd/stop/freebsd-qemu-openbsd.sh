#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/stop.plumb
set -eu
echo system_powerdown | nc -N -U /vm/fbsd1/monitor.sock > /dev/null
