#!/bin/sh
# plumb: petitecloud net-up host=linux hypervisor=qemu guest=openbsd
# from: qemu/net-up.plumb
set -eu
ip tuntap add dev tap0 mode tap
ip link set dev tap0 master bridge0
ip link set dev tap0 up
