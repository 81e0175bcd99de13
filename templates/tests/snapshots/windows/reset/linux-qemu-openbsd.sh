#!/bin/sh
# plumb: petitecloud reset host=linux hypervisor=qemu guest=openbsd
# from: qemu/reset.plumb
set -eu
echo system_reset | socat - UNIX-CONNECT:/vm/win1/monitor.sock > /dev/null
