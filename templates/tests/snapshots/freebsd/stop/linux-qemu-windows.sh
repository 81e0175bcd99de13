#!/bin/sh
# plumb: petitecloud stop host=linux hypervisor=qemu guest=windows
# from: qemu/stop.plumb
set -eu
echo system_powerdown | socat - UNIX-CONNECT:/vm/fbsd1/monitor.sock > /dev/null
