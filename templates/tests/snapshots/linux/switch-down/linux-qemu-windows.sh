#!/bin/sh
# plumb: petitecloud switch-down host=linux hypervisor=qemu guest=windows
# from: net/switch-down.plumb
set -eu
ip link del dev bridge0
