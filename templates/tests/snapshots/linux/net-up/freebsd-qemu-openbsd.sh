#!/bin/sh
# plumb: petitecloud net-up host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/net-up.plumb
set -eu
ifconfig tap1 create
ifconfig bridge0 addm tap1
ifconfig tap1 up
