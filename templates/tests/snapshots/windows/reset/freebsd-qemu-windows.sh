#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=qemu guest=windows
# from: qemu/reset.plumb
set -eu
echo system_reset | nc -N -U /vm/win1/monitor.sock > /dev/null
