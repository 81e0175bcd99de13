#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=qemu guest=linux
# from: qemu/reset.plumb
set -eu
echo system_reset | nc -N -U /vm/fbsd1/monitor.sock > /dev/null
