#!/bin/sh
# plumb: petitecloud net-up host=linux hypervisor=qemu guest=freebsd
# from: qemu/net-up.plumb
set -eu
ip link add name bridge0 type bridge
ip link set dev em0 master bridge0
ip link set dev bridge0 up
ip tuntap add dev tap0 mode tap
ip link set dev tap0 master bridge0
ip link set dev tap0 up
