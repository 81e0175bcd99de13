#!/bin/sh
# plumb: petitecloud switch-down host=linux hypervisor=qemu guest=freebsd
# from: net/switch-down.plumb
set -eu
ip link del dev bridge0
