#!/bin/sh
# plumb: petitecloud switch-up host=linux hypervisor=qemu guest=freebsd
# from: net/switch-up.plumb
set -eu
ip link add name bridge0 type bridge
ip link set dev bridge0 up
