#!/bin/sh
# plumb: petitecloud net-up host=freebsd hypervisor=qemu guest=linux
# from: qemu/net-up.plumb
set -eu
ifconfig tap1 create
sysctl net.link.tap.up_on_open=1
ifconfig bridge0 addm tap1
ifconfig tap1 up
