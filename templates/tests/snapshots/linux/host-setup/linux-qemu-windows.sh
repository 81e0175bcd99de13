#!/bin/sh
# plumb: petitecloud host-setup host=linux hypervisor=qemu guest=windows
# from: qemu/host-setup.plumb
set -eu
modprobe -a tun bridge
test -c /dev/kvm
