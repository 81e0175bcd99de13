#!/bin/sh
# plumb: petitecloud reset host=linux hypervisor=qemu guest=windows
# from: qemu/reset.plumb
set -eu
echo system_reset | socat - UNIX-CONNECT:/vm/web1/monitor.sock > /dev/null
